import type { FormGroup } from "@/lib/requirements";

/** A section's heading, what it covers, our advice, and the reviewer's note when rejected. */
export function GroupHeader({ titleId, group }: { titleId: string; group: FormGroup }) {
  const covers = group.requirements.map((r) => r.friendlyName).filter(Boolean);
  return (
    <header>
      <h3 id={titleId} className="text-lg font-semibold text-slate-900">
        {group.title}
      </h3>
      {covers.length > 1 ? (
        <p className="mt-1 text-sm text-slate-700">Covers: {covers.join(", ")}</p>
      ) : null}
      {group.rejection ? (
        <div className="mt-3 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
          <p>
            <span aria-hidden="true" className="mr-1">
              ⚠
            </span>
            {group.rejection.isNew ? (
              <>
                <span className="mr-2 rounded bg-amber-900 px-1.5 py-0.5 text-xs font-bold tracking-wide text-white uppercase">
                  New
                </span>
                <span className="sr-only">since your last submission: </span>
              </>
            ) : null}
            {group.rejection.sameAsAbove ? (
              <span className="font-semibold">
                Twilio&apos;s reviewer said the same about this document as above.
              </span>
            ) : (
              <>
                <span className="font-semibold">Twilio&apos;s reviewer said: </span>
                {/* The reviewer's words, as Twilio sent them. */}
                <span lang="en">{group.rejection.reason || "this document was not accepted."}</span>
              </>
            )}
          </p>
        </div>
      ) : null}
      {group.guidance ? <p className="mt-2 text-slate-800">{group.guidance}</p> : null}
    </header>
  );
}
