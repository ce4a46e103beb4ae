import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { MailCatcherClient } from "@portal/mail-catcher/client";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Caught mail (demo)" };
export const dynamic = "force-dynamic";

const URL_PATTERN = /(https?:\/\/[^\s<>"')\]]+)/g;

/** The text part with its links clickable (the mails' links are the point of the demo). */
function Linked({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="text-blue-800 underline [overflow-wrap:anywhere]">
        {part}
      </a>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

/**
 * The embedded demo's outbox: every mail the portal sent, as the local mail catcher caught it
 * (packages/mail-catcher), so a person trying the demo sees and follows them. Only in embedded
 * mode; anywhere else this page does not exist.
 */
export default async function CaughtMailPage() {
  if (!env.isEmbedded || !env.MAIL_CATCHER_URL) notFound();
  let mails: Awaited<ReturnType<MailCatcherClient["list"]>> = [];
  let problem: string | null = null;
  try {
    mails = await new MailCatcherClient(env.MAIL_CATCHER_URL).list();
  } catch {
    problem = `The mail catcher at ${env.MAIL_CATCHER_URL} is not answering. npm start runs it; is it still running?`;
  }
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-semibold">Caught mail</h1>
        <p className="mt-1 text-slate-700">
          The demo sends no real email: every mail the portal sends is caught here, newest first.
          Links in them work as they would in a real inbox.
        </p>
      </div>
      {problem ? (
        <p
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900"
        >
          {problem}
        </p>
      ) : mails.length === 0 ? (
        <p>
          No mail yet. Add and confirm a contact under Email notifications, then wait for a
          deadline.
        </p>
      ) : (
        <ol className="space-y-4" aria-label="Caught mail">
          {mails.map((m) => (
            <li key={m.id} className="rounded-md border border-slate-300 bg-white">
              <details>
                <summary className="cursor-pointer p-4">
                  <span className="block font-semibold">{m.subject}</span>
                  <span className="block text-sm text-slate-700 [overflow-wrap:anywhere]">
                    to {m.to.join(", ")} ·{" "}
                    {new Intl.DateTimeFormat("en-GB", {
                      dateStyle: "medium",
                      timeStyle: "medium",
                    }).format(new Date(m.receivedAt))}
                  </span>
                </summary>
                <div className="border-t border-slate-200 p-4">
                  <pre className="font-sans text-sm whitespace-pre-wrap">
                    <Linked text={m.text ?? "(no text part)"} />
                  </pre>
                  {m.html ? (
                    <p className="mt-3 text-sm">
                      <a
                        className="text-blue-800 underline"
                        href={`${env.MAIL_CATCHER_URL}/messages/${m.id}/html`}
                      >
                        Open the HTML version
                      </a>
                    </p>
                  ) : null}
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
