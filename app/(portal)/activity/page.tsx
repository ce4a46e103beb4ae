import type { Metadata } from "next";
import { ActivityList } from "@/components/activity/activity-list";
import { Notice } from "@/components/notice";
import { PageLinks } from "@/components/support/page-links";
import { requireAccount } from "@/lib/authz/require";
import { listAccountActivity } from "@/lib/dal/activity";

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
  const { events, page, hasNext } = await listAccountActivity(
    ctx,
    typeof raw === "string" ? Number(raw) : 1,
  );
  return (
    <>
      <h1 className="text-2xl font-semibold">Activity</h1>
      <p className="mt-1 mb-6 max-w-3xl text-slate-700">
        Everything done on <strong>{ctx.account.name}</strong>, newest first, including every time
        our support staff looked at or changed anything, with the reason they gave.
      </p>
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
