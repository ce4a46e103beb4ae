import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatBytes, formatBytesIn } from "@/components/forms/file-info";
import { sanitizeId } from "@/components/forms/ids";
import type { ReviewFile, ReviewItem } from "@/lib/requirements";

/** The file kinds the portal accepts, as catalog keys (Update `review.kind`). */
const KIND_KEYS = {
  "application/pdf": "pdf",
  "image/jpeg": "jpeg",
  "image/png": "png",
} as const;

function FileLine({ file }: { file: ReviewFile }) {
  const t = useTranslations("Update.review");
  const locale = useLocale();
  const known = file.mimeType && Object.hasOwn(KIND_KEYS, file.mimeType);
  const kind = known
    ? t(`kind.${KIND_KEYS[file.mimeType as keyof typeof KIND_KEYS]}`)
    : file.mimeType;
  if (file.kind === "uploaded")
    return (
      <>
        {t.rich(kind ? "fileLine" : "fileLineNoKind", {
          name: file.name,
          kind: kind ?? "",
          // English keeps its "2.0 MB" (as the forms show it); the others as their language writes it.
          size: locale === "en" ? formatBytes(file.size) : formatBytesIn(file.size, locale),
          file: (chunks) => <span className="font-medium break-all">{chunks}</span>,
        })}
        <span className="ml-2 text-sm font-semibold text-green-900">{t("newFile")}</span>
      </>
    );
  return <>{kind ? t("heldFileKind", { kind }) : t("heldFile")}</>;
}

/** The section id the update page gives an item's form (components/forms: `sanitizeId(group.id)`). */
const sectionOf = (item: ReviewItem) =>
  sanitizeId(`${item.kind === "end_user" ? "end_user" : "document"}:${item.sid}`);

/**
 * Step 4's review: everything the update will submit, item by item, what the customer changed
 * marked, and an Edit link per item that opens it as a form section on this page.
 */
export function ReviewList({ originalSid, items }: { originalSid: string; items: ReviewItem[] }) {
  const t = useTranslations("Update.review");
  return (
    <section aria-labelledby="review-title" className="space-y-4">
      <h2 id="review-title" tabIndex={-1} className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>
        {t.rich("intro", {
          mark: (chunks) => <span className="font-semibold text-green-900">{chunks}</span>,
        })}
      </p>
      {items.map((item) => (
        <section
          key={item.sid}
          aria-labelledby={`review-${item.sid}`}
          className="rounded-lg border border-slate-300 bg-white p-4"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id={`review-${item.sid}`} className="text-lg font-semibold break-words">
              {item.title}
            </h3>
            {item.superseded ? null : (
              <Link
                prefetch={false}
                href={`/bundles/${originalSid}/update?edit=${item.sid}#${sectionOf(item)}`}
                className="font-medium text-blue-800 underline underline-offset-2"
              >
                {t.rich("edit", {
                  title: item.title,
                  hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                })}
              </Link>
            )}
          </div>
          {item.superseded ? (
            <p className="mt-1 text-sm text-slate-700">{t("superseded")}</p>
          ) : null}
          <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,1fr)_2fr]">
            {item.fields.map((f) => (
              <div key={f.name} className="contents">
                <dt className="font-medium text-slate-800">{f.label}</dt>
                <dd className="break-words">
                  {f.value || <span className="text-slate-700">{t("notGiven")}</span>}
                  {f.changed ? (
                    <span className="ml-2 text-sm font-semibold text-green-900">
                      {t("changed")}
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
            {item.file ? (
              <div className="contents">
                <dt className="font-medium text-slate-800">{t("file")}</dt>
                <dd>
                  <FileLine file={item.file} />
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      ))}
    </section>
  );
}
