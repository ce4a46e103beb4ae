import { useTranslations } from "next-intl";
import type { FormGroup } from "@/lib/requirements";

/**
 * A section's heading, what it covers, our advice, and the reviewer's note when rejected. A
 * document's title and the requirements are Twilio's names (English); the details' title and
 * the advice are in the customer's language.
 */
export function GroupHeader({ titleId, group }: { titleId: string; group: FormGroup }) {
  const t = useTranslations("Forms.header");
  const tf = useTranslations("Forms");
  const covers = group.requirements.map((r) => r.friendlyName).filter(Boolean);
  const note = group.guidanceNote;
  return (
    <header>
      <h3
        id={titleId}
        className="text-lg font-semibold text-slate-900"
        lang={group.kind === "supporting_document" ? "en" : undefined}
      >
        {group.title}
      </h3>
      {covers.length > 1 ? (
        <p className="mt-1 text-sm text-slate-700">
          {t.rich("covers", {
            list: covers.join(", "),
            en: (chunks) => <span lang="en">{chunks}</span>,
          })}
        </p>
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
                  {t("new")}
                </span>
                <span className="sr-only">{t("newSince")} </span>
              </>
            ) : null}
            {group.rejection.sameAsAbove ? (
              <span className="font-semibold">{t("sameAsAbove")}</span>
            ) : (
              <>
                <span className="font-semibold">{t("reviewerSaid")} </span>
                {/* The reviewer's words, as Twilio sent them. */}
                {group.rejection.reason ? (
                  <span lang="en">{group.rejection.reason}</span>
                ) : (
                  <span>{t("notAccepted")}</span>
                )}
              </>
            )}
          </p>
        </div>
      ) : null}
      {group.guidance ? (
        <p className="mt-2 text-slate-800">
          {group.guidance}
          {note ? (
            <>
              {" "}
              <span className="font-semibold">
                {note.kind === "reviewer" ? tf("reviewerNote") : tf("details")}
              </span>{" "}
              <q lang="en">{note.text}</q>
            </>
          ) : null}
        </p>
      ) : null}
    </header>
  );
}
