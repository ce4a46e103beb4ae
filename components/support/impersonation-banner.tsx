"use client";

import { usePathname, useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { timeLeftMs } from "@/lib/impersonation/rules";
import type { ImpersonationMode } from "@/lib/db/schema";

export interface BannerActions {
  stop: (formData: FormData) => Promise<void>;
  changeMode: (
    prev: ActionResult<{ mode: string }> | null,
    formData: FormData,
  ) => Promise<ActionResult<{ mode: string }>>;
}

export interface BannerSession {
  id: string;
  accountName: string;
  staffName: string;
  reason: string;
  ticket: string | null;
  mode: ImpersonationMode;
  expiresAt: string;
  /** The server's clock when the page was rendered, so the first paint matches the server. */
  renderedAt: string;
}

/**
 * Shown on every page while support staff act as a customer (Makerkit's and WorkOS's banner):
 * whose account, why, how long is left, which mode, and Stop. When the time is up it refreshes
 * the page; the server then ends the session and sends the staff member back to the console.
 * Its words come from the Impersonation namespace, which the app shell sends with it.
 */
export function ImpersonationBanner({
  session,
  actions,
}: {
  session: BannerSession;
  actions: BannerActions;
}) {
  const t = useTranslations("Impersonation");
  const left = useTimeLeft(session.expiresAt, session.renderedAt);
  useRecheckOnNavigation(session.id, session.mode);
  useTitlePrefix(t("banner.titlePrefix", { account: session.accountName, mode: session.mode }));
  const assist = session.mode === "assist";
  return (
    <section
      aria-labelledby="impersonation-banner-title"
      className={`border-b-4 ${assist ? "border-red-800 bg-red-50 text-red-950" : "border-violet-800 bg-violet-50 text-violet-950"}`}
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-x-6 gap-y-3 px-4 py-3">
        <div className="min-w-0 flex-1 space-y-1">
          <h2 id="impersonation-banner-title" className="font-semibold">
            {t.rich("banner.title", {
              account: () => (
                <span className="rounded bg-white px-1.5 font-bold">{session.accountName}</span>
              ),
            })}
          </h2>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <span>
              <span className="font-medium">{t("banner.modeLabel")}</span>
              <span data-testid="impersonation-mode">{t(`mode.${session.mode}`)}</span>
              {assist ? t("banner.assistNote") : t("banner.readOnlyNote")}
            </span>
            <span>
              <span className="font-medium">{t("banner.timeLeftLabel")}</span>
              <time dateTime={session.expiresAt}>
                {left <= 0
                  ? t("banner.expired")
                  : left < 60_000
                    ? t("banner.lessThanMinute")
                    : t("banner.timeLeft", { minutes: Math.ceil(left / 60_000) })}
              </time>
            </span>
            <span>
              <span className="font-medium">{t("banner.staffLabel")}</span>
              {session.staffName}
            </span>
            {session.ticket ? (
              <span className="break-all">
                <span className="font-medium">{t("banner.ticketLabel")}</span>
                {session.ticket}
              </span>
            ) : null}
          </p>
          <p className="text-sm break-words">
            <span className="font-medium">{t("banner.reasonLabel")}</span>
            {session.reason}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <ModeSwitch
            key={session.mode}
            mode={session.mode}
            accountName={session.accountName}
            changeMode={actions.changeMode}
          />
          <form action={actions.stop}>
            <button
              type="submit"
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-700 focus-visible:ring-2 focus-visible:ring-slate-900 focus-visible:ring-offset-2 focus-visible:outline-none"
            >
              {t("banner.stop")}
            </button>
          </form>
        </div>
      </div>
    </section>
  );
}

/** Ticks every 15 s; at zero asks the server for the page again (which ends the session). */
function useTimeLeft(expiresAt: string, renderedAt: string): number {
  const router = useRouter();
  const end = Date.parse(expiresAt);
  const [left, setLeft] = useState(() => timeLeftMs(new Date(end), new Date(renderedAt)));
  useEffect(() => {
    let refreshed = false;
    const tick = () => {
      const ms = timeLeftMs(new Date(end), new Date());
      setLeft(ms);
      if (ms <= 0 && !refreshed) {
        refreshed = true;
        router.refresh();
      }
    };
    tick();
    const id = window.setInterval(tick, 15_000);
    const timeout = window.setTimeout(tick, Math.max(0, end - Date.now()) + 500);
    return () => {
      window.clearInterval(id);
      window.clearTimeout(timeout);
    };
  }, [end, router]);
  return left;
}

/**
 * The browser tab says it too, so a screenshot or a stray tab is never mistaken for the
 * customer's own. Set here rather than through a layout's generateMetadata: a dynamic layout
 * title made Next stream metadata and answer 200 instead of 404 for a not-found Bundle page.
 * Next rewrites <title> on every navigation, so an observer puts the prefix back.
 */
function useTitlePrefix(prefix: string) {
  useEffect(() => {
    const apply = () => {
      if (!document.title.startsWith(prefix)) document.title = `${prefix} ${document.title}`;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(`${prefix} `, "");
    };
  }, [prefix]);
}

/**
 * Next keeps the layout holding this banner across client-side navigations, so after one the
 * banner asks the server whether the session still stands (a revoked role, an expiry, a Stop in
 * another tab) and re-renders the whole page when it does not.
 */
function useRecheckOnNavigation(id: string, mode: ImpersonationMode) {
  const router = useRouter();
  const pathname = usePathname();
  const last = useRef(pathname);
  const routerRef = useRef(router);
  useEffect(() => {
    routerRef.current = router;
  }, [router]);
  useEffect(() => {
    if (pathname === last.current) return;
    last.current = pathname;
    let live = true;
    fetch("/api/support/session", { cache: "no-store" })
      .then((res) => (res.ok ? res.json() : { active: false }))
      .then((now: { active: boolean; id?: string; mode?: string }) => {
        if (live && (!now.active || now.id !== id || now.mode !== mode))
          routerRef.current.refresh();
      })
      .catch(() => undefined); // offline: the next request decides anyway
    return () => {
      live = false;
    };
  }, [pathname, id, mode]);
}

/** Read-only → assist needs an explicit confirmation; back to read-only does not. */
function ModeSwitch({
  mode,
  accountName,
  changeMode,
}: {
  mode: ImpersonationMode;
  accountName: string;
  changeMode: BannerActions["changeMode"];
}) {
  const t = useTranslations("Impersonation.banner");
  const [state, action, pending] = useActionState(changeMode, null);
  const [confirming, setConfirming] = useState(false);
  const button =
    "rounded-md border px-3 py-1.5 text-sm font-semibold focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none";

  if (mode === "assist") {
    return (
      <form action={action}>
        <input type="hidden" name="mode" value="read_only" />
        <button
          type="submit"
          disabled={pending}
          className={`${button} border-slate-700 bg-white text-slate-900 hover:bg-slate-100 focus-visible:ring-slate-700`}
        >
          {pending ? t("switching") : t("backToReadOnly")}
        </button>
        {state && !state.ok ? <ErrorText message={state.message} /> : null}
      </form>
    );
  }

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className={`${button} border-violet-800 bg-white text-violet-950 hover:bg-violet-100 focus-visible:ring-violet-800`}
      >
        {t("switchToAssist")}
      </button>
    );
  }

  return (
    <form
      action={action}
      role="group"
      aria-labelledby="assist-confirm-title"
      className="max-w-md rounded-md border border-red-800 bg-white p-3 text-slate-900"
    >
      <input type="hidden" name="mode" value="assist" />
      <p id="assist-confirm-title" className="font-semibold">
        {t("confirmTitle", { account: accountName })}
      </p>
      <p className="mt-1 text-sm">{t("confirmBody")}</p>
      <div className="mt-3 flex gap-2">
        <button
          type="submit"
          disabled={pending}
          // The confirmation replaces the button that opened it, so focus moves into it.
          autoFocus
          className={`${button} border-red-800 bg-red-800 text-white hover:bg-red-900 focus-visible:ring-red-800`}
        >
          {pending ? t("switching") : t("confirm")}
        </button>
        <button
          type="button"
          onClick={() => setConfirming(false)}
          className={`${button} border-slate-600 bg-white text-slate-900 hover:bg-slate-100 focus-visible:ring-slate-600`}
        >
          {t("cancel")}
        </button>
      </div>
      {state && !state.ok ? <ErrorText message={state.message} /> : null}
    </form>
  );
}

function ErrorText({ message }: { message: string }) {
  return (
    <p role="alert" className="mt-2 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}
