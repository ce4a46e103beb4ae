import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("Pages.notFound");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/bundles" className="font-medium text-blue-800 underline underline-offset-2">
          {t("back")}
        </Link>
      </p>
    </main>
  );
}
