"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTranslations } from "next-intl";

/**
 * The Refresh's progress: while sweeps of accounts are still queued or running, says how many and
 * re-renders the console every few seconds, so its counts fill in as the background jobs finish.
 */
export function SweepProgress({ pending }: { pending: number }) {
  const t = useTranslations("SupportClient");
  const router = useRouter();
  useEffect(() => {
    if (pending === 0) return;
    const timer = setInterval(() => router.refresh(), 3_000);
    return () => clearInterval(timer);
  }, [pending, router]);
  return (
    <p role="status" className="text-sm text-slate-800">
      {pending > 0 ? t("sweeping", { count: pending }) : null}
    </p>
  );
}
