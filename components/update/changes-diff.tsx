import { useTranslations } from "next-intl";
import type { DiffValue, ItemsDiff } from "@/lib/requirements";

const show = (v: DiffValue) => (v === null ? "—" : Array.isArray(v) ? v.join(", ") || "—" : v);

/** "What will change": per item and field, the current value beside the new one. */
export function ChangesDiff({ diff }: { diff: ItemsDiff }) {
  const t = useTranslations("Update.changes");
  const changed = diff.items.filter((i) => i.changes.length > 0);
  return (
    <section aria-labelledby="changes-title" className="mt-8">
      <h2 id="changes-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {!diff.hasChanges ? <p className="mt-2">{t("none")}</p> : null}
      {changed.map((item) => (
        <div
          key={item.copySid}
          className="mt-4 overflow-x-auto rounded-lg border border-slate-300 bg-white"
        >
          <table className="w-full text-left text-sm">
            <caption className="px-4 pt-3 text-left font-semibold">{item.title}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-4 py-2">
                  {t("field")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("before")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("after")}
                </th>
              </tr>
            </thead>
            <tbody>
              {item.changes.map((c) => (
                <tr key={c.field} className="border-b border-slate-200 last:border-0">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {c.label ?? c.field}
                  </th>
                  <td className="px-4 py-2 text-slate-800">
                    <del>{show(c.before)}</del>
                  </td>
                  <td className="px-4 py-2 font-semibold text-green-900">
                    <ins className="no-underline">{show(c.after)}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {diff.added.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-semibold">{t("added")}</h3>
          <ul className="list-disc pl-6">
            {diff.added.map((a) => (
              <li key={a.sid}>{a.friendlyName}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.removed.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-semibold">{t("removed")}</h3>
          <ul className="list-disc pl-6">
            {diff.removed.map((a) => (
              <li key={a.sid}>{a.friendlyName}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
