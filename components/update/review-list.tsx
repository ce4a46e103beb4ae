import Link from "next/link";
import { formatBytes } from "@/components/forms/file-info";
import { sanitizeId } from "@/components/forms/ids";
import type { ReviewFile, ReviewItem } from "@/lib/requirements";

const KIND_WORDS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG image",
  "image/png": "PNG image",
};

function FileLine({ file }: { file: ReviewFile }) {
  const kind = file.mimeType ? (KIND_WORDS[file.mimeType] ?? file.mimeType) : null;
  if (file.kind === "uploaded")
    return (
      <>
        <span className="font-medium break-all">{file.name}</span> ({kind}, {formatBytes(file.size)}
        )<span className="ml-2 text-sm font-semibold text-green-900">New file</span>
      </>
    );
  return <>The file Twilio already holds{kind ? ` (${kind})` : ""}</>;
}

/** The section id the update page gives an item's form (components/forms: `sanitizeId(group.id)`). */
const sectionOf = (item: ReviewItem) =>
  sanitizeId(`${item.kind === "end_user" ? "end_user" : "document"}:${item.sid}`);

/**
 * Step 4's review: everything the update will submit, item by item, what the customer changed
 * marked, and an Edit link per item that opens it as a form section on this page.
 */
export function ReviewList({ originalSid, items }: { originalSid: string; items: ReviewItem[] }) {
  return (
    <section aria-labelledby="review-title" className="space-y-4">
      <h2 id="review-title" tabIndex={-1} className="text-xl font-semibold">
        Check your details before you submit
      </h2>
      <p>
        This is everything Twilio&apos;s reviewer will see. What you changed in this update is
        marked <span className="font-semibold text-green-900">Changed</span>.
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
                Edit<span className="sr-only"> {item.title}</span>
              </Link>
            )}
          </div>
          {item.superseded ? (
            <p className="mt-1 text-sm text-slate-700">
              The earlier copy, which you replaced. Twilio keeps it on the Bundle because it carries
              the address; the reviewer sees your new one too.
            </p>
          ) : null}
          <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,1fr)_2fr]">
            {item.fields.map((f) => (
              <div key={f.name} className="contents">
                <dt className="font-medium text-slate-800">{f.label}</dt>
                <dd className="break-words">
                  {f.value || <span className="text-slate-700">Not given</span>}
                  {f.changed ? (
                    <span className="ml-2 text-sm font-semibold text-green-900">Changed</span>
                  ) : null}
                </dd>
              </div>
            ))}
            {item.file ? (
              <div className="contents">
                <dt className="font-medium text-slate-800">File</dt>
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
