import type { Metadata } from "next";
import { ActivityList } from "@/components/activity/activity-list";
import { Notice } from "@/components/notice";
import { PageLinks } from "@/components/support/page-links";
import { requireAccount } from "@/lib/authz/require";
import { listAccountActivity } from "@/lib/dal/activity";
import { NoticeList } from "@/components/notifications/notice-list";
import { listNotices, noticeSettings } from "@/lib/dal/notifications";
import Link from "next/link";

export const metadata: Metadata = { title: "Activity" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

/**
 * Everything done on the account, by its users and by support staff: who, when, why, what.
 * Support staff acting as the account see the same page the customer sees.
 */
export default async function ActivityPage({ searchParams }: Props) {
  const ctx = await requireAccount();
  const raw = (await searchParams).page;
  const [{ events, page, hasNext }, sent, settings] = await Promise.all([
    listAccountActivity(ctx, typeof raw === "string" ? Number(raw) : 1),
    listNotices(ctx, { limit: 10 }),
    noticeSettings(ctx),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Activity</h1>
      <p className="mt-1 mb-6 max-w-3xl text-slate-700">
        Everything done on <strong>{ctx.account.name}</strong>, newest first, including every time
        our support staff looked at or changed anything, with the reason they gave.
      </p>
      <section aria-labelledby="emails-title" className="mb-8">
        <h2 id="emails-title" className="text-lg font-semibold">
          Emails sent
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          The latest notices to this account&apos;s contacts.{" "}
          <Link
            prefetch={false}
            href="/settings/notifications"
            className="font-medium text-blue-800 underline underline-offset-2"
          >
            Choose who gets them
          </Link>
        </p>
        <NoticeList notices={sent} timeZone={settings.timeZone} empty="No emails sent yet." />
      </section>
      <h2 className="mb-2 text-lg font-semibold">What was done</h2>
      {events.length ? (
        <ActivityList events={events} />
      ) : (
        <Notice title={page > 1 ? "No more activity" : "No activity yet"}>
          {page > 1
            ? "This page is past the end of the list."
            : "Nothing has been recorded on this account yet."}
        </Notice>
      )}
      <PageLinks
        page={page}
        pages={hasNext ? page + 1 : page}
        href={(p) => `/activity?page=${p}`}
        label="Activity pages"
      />
    </>
  );
}
