import type { ReactNode } from "react";
import type { Description } from "@/lib/workflow";
import { StatusFocus } from "./status-focus";

const TONE = {
  action: "border-blue-700 bg-blue-50 text-blue-950",
  waiting: "border-slate-400 bg-white text-slate-900",
  success: "border-green-700 bg-green-50 text-green-950",
  problem: "border-red-700 bg-red-50 text-red-950",
  neutral: "border-slate-300 bg-white text-slate-900",
} as const;

/** `text` with the parts Twilio wrote (the reviewer's reasons, English) marked lang="en". */
function Quoted({ text, quoted }: { text: string; quoted: readonly string[] }) {
  const parts: ReactNode[] = [];
  let rest = text;
  for (const [i, q] of quoted.entries()) {
    const at = rest.indexOf(q);
    if (at < 0) continue;
    parts.push(rest.slice(0, at));
    parts.push(
      <span key={i} lang="en">
        {q}
      </span>,
    );
    rest = rest.slice(at + q.length);
  }
  parts.push(rest);
  return <>{parts}</>;
}

/**
 * Where the update stands, in plain words: the headline, the detail (or a richer `body`), and the
 * step's controls below. `headingId` keeps an open request's card ("status-headline") apart from
 * the one offering to start.
 */
export function StatusCard({
  description,
  body,
  className = "",
  headingId = "status-headline",
  children,
}: {
  description: Description;
  body?: ReactNode;
  className?: string;
  headingId?: string;
  children?: ReactNode;
}) {
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg border-l-4 border p-4 ${TONE[description.tone]} ${className}`}
    >
      <h2 id={headingId} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {description.headline}
      </h2>
      {description.detail ? (
        <p className="mt-1">
          <Quoted text={description.detail} quoted={description.quoted ?? []} />
        </p>
      ) : null}
      <StatusFocus targetId={headingId} headline={description.headline} />
      {body}
      {children ? <div className="mt-4 flex flex-wrap items-start gap-3">{children}</div> : null}
    </section>
  );
}
