import { useTranslations } from "next-intl";

/** Shown while the console reads every account's Bundles from Twilio (seconds when cold). */
export default function Loading() {
  const t = useTranslations("Support");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("console.title")}</h1>
      <p role="status" className="mt-4 text-slate-800">
        {t("loading")}
      </p>
    </>
  );
}
