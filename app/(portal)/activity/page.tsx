import type { Metadata } from "next";
import { ActivityList } from "@/components/activity/activity-list";
import { Notice } from "@/components/notice";
import { Pagination } from "@/components/bundles/pagination";
import { requireAccount } from "@/lib/authz/require";
import { listAccountActivity } from "@/lib/dal/activity";
import { NoticeList } from "@/components/notifications/notice-list";
import { listNotices, noticeSettings } from "@/lib/dal/notifications";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Activity");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

/**
 * Everything done on the account, by its users and by support staff: who, when, why, what.
 * Support staff acting as the account see the same page the customer sees.
 */
export default async function ActivityPage({ searchParams }: Props) {
  const ctx = await requireAccount();
  const raw = (await searchParams).page;
  const [{ events, page, hasNext }, sent, settings, t] = await Promise.all([
    listAccountActivity(ctx, typeof raw === "string" ? Number(raw) : 1),
    listNotices(ctx, { limit: 10 }),
    noticeSettings(ctx),
    getTranslations("Activity"),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 mb-6 max-w-3xl text-slate-700">
        {t.rich("intro", {
          account: ctx.account.name,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <section aria-labelledby="emails-title" className="mb-8">
        <h2 id="emails-title" className="text-lg font-semibold">
          {t("emails.title")}
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          {t("emails.intro")}{" "}
          <Link
            prefetch={false}
            href="/settings/notifications"
            className="font-medium text-blue-800 underline underline-offset-2"
          >
            {t("emails.choose")}
          </Link>
        </p>
        <NoticeList notices={sent} timeZone={settings.timeZone} empty={t("emails.none")} />
      </section>
      <h2 className="mb-2 text-lg font-semibold">{t("done")}</h2>
      {events.length ? (
        <ActivityList events={events} />
      ) : (
        <Notice title={page > 1 ? t("noMore") : t("none")}>
          {page > 1 ? t("noMoreBody") : t("noneBody")}
        </Notice>
      )}
      <Pagination
        page={page - 1}
        previousHref={page > 1 ? `/activity?page=${page - 1}` : null}
        nextHref={hasNext ? `/activity?page=${page + 1}` : null}
        label={t("pages")}
      />
    </>
  );
}
