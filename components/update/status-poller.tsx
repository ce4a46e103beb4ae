"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * While Twilio reviews (or the portal applies the update), asks the server every few seconds
 * where the request stands; a change re-renders the page. Status callbacks move the request on
 * the server; this only notices. Stops when the page leaves a waiting phase.
 */
export function StatusPoller({
  originalSid,
  phase,
  intervalMs = 4_000,
}: {
  originalSid: string;
  phase: string;
  intervalMs?: number;
}) {
  const t = useTranslations("UpdateControls");
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ["update-status", originalSid],
    queryFn: async () => {
      const response = await fetch(`/api/bundles/${originalSid}/update-status`, {
        cache: "no-store",
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return (await response.json()) as { phase: string };
    },
    refetchInterval: intervalMs,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
  useEffect(() => {
    if (data && data.phase !== phase) router.refresh();
  }, [data, phase, router]);
  return (
    <p className="text-sm text-slate-700" aria-live="polite">
      {t("polling")}
    </p>
  );
}
