"use client";

import { createContext, useContext } from "react";

/** What a field deep in a section may ask of the section (the mismatch choice, for one). */
export interface SectionControls {
  originalSid: string;
  /** The document must come with a new file, shown under the file field as the reason why. */
  requireNewFile(reason: string): void;
  /** The address added in the section, sent with its save (Twilio makes it only then). */
  setNewAddress(address: Record<string, string> | null): void;
}

export const SectionContext = createContext<SectionControls | null>(null);

export function useSection(): SectionControls | null {
  return useContext(SectionContext);
}
