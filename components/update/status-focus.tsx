"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

const SAVED = "portal:section-saved";

/** Told by a section once it is saved (the section itself may vanish with the re-render). */
export function announceSaved(title: string) {
  window.dispatchEvent(new CustomEvent(SAVED, { detail: { title } }));
}

/** A step ran (Start, say): the next status to render takes focus, even a newly mounted one. */
let focusNext = false;
export function focusStatusNext(on: boolean) {
  focusNext = on;
}

/**
 * Keeps the customer's place when a step changes the page: when the status headline changes and
 * the element that had focus is gone (a saved section that no longer needs work, the Start button),
 * focus moves to the headline, which says what is next; a saved section is confirmed here.
 */
export function StatusFocus({ targetId, headline }: { targetId: string; headline: string }) {
  const t = useTranslations("UpdateControls");
  const [saved, setSaved] = useState<string | null>(null);
  const first = useRef(true);
  useEffect(() => {
    const onSaved = (e: Event) => setSaved((e as CustomEvent<{ title: string }>).detail.title);
    window.addEventListener(SAVED, onSaved);
    return () => window.removeEventListener(SAVED, onSaved);
  }, []);
  useEffect(() => {
    const mounted = first.current;
    first.current = false;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (focusNext || (!mounted && lost)) {
      focusNext = false;
      document.getElementById(targetId)?.focus();
    }
  }, [headline, targetId]);
  return (
    <p role="status" className="mt-2 font-medium text-green-900 empty:hidden">
      {saved ? t("savedSection", { title: saved }) : null}
    </p>
  );
}
