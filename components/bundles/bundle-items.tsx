import { useTranslations } from "next-intl";
import type { EndUser, PhoneNumber, SupportingDocument } from "@/lib/domain/types";
import { AttributeList } from "./attribute-list";
import { StatusBadge } from "./status-badge";

const card = "rounded-lg border border-slate-300 bg-white p-4";
const h2 = "mb-3 text-xl font-semibold";

export function EndUsersSection({ endUsers }: { endUsers: EndUser[] }) {
  const t = useTranslations("Bundle.endUsers");
  return (
    <section aria-labelledby="end-users" className="mt-8">
      <h2 id="end-users" className={h2}>
        {t("title", { count: endUsers.length })}
      </h2>
      {endUsers.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
      <ul className="space-y-4">
        {endUsers.map((u) => (
          <li key={u.sid} className={card}>
            <h3 className="font-semibold">{u.friendlyName}</h3>
            <p className="mb-3 text-sm text-slate-700">
              {t("type")} {u.type === "business" ? t("business") : t("individual")} ·{" "}
              <span className="font-mono">{u.sid}</span>
            </p>
            <AttributeList attributes={u.attributes} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DocumentsSection({ documents }: { documents: SupportingDocument[] }) {
  const t = useTranslations("Bundle.documents");
  return (
    <section aria-labelledby="documents" className="mt-8">
      <h2 id="documents" className={h2}>
        {t("title")}
      </h2>
      {documents.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
      <ul className="space-y-4">
        {documents.map((d) => (
          <li key={d.sid} className={card}>
            <div className="flex flex-wrap items-center gap-3">
              <h3 className="font-semibold">{d.friendlyName}</h3>
              <StatusBadge status={d.status} />
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {t("type")}{" "}
              <span className="font-mono" lang="en">
                {d.type}
              </span>{" "}
              · <span className="font-mono">{d.sid}</span>
            </p>
            {d.failureReason ? (
              <p className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
                <span className="font-semibold">{t("whyRejected")} </span>
                {/* Twilio's words, as Twilio sent them. */}
                <span lang="en">{d.failureReason}</span>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PhoneNumbersSection({ numbers }: { numbers: PhoneNumber[] | null }) {
  const t = useTranslations("Bundle.numbers");
  return (
    <section aria-labelledby="numbers" className="mt-8">
      <h2 id="numbers" className={h2}>
        {t("title")}
      </h2>
      {numbers === null ? (
        <p className="text-slate-700">{t("unavailable")}</p>
      ) : numbers.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {numbers.map((n) => (
            <li key={n.sid}>
              <span className="font-mono">{n.phoneNumber}</span>
              {n.friendlyName && n.friendlyName !== n.phoneNumber ? ` (${n.friendlyName})` : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
