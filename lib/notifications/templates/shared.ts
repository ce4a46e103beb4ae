/** Bits several notices share. */
import type { FooterLinks } from "./layout";
import type { NoticeInput } from "./types";

/** The footer's reason for a subscribed contact. */
export function contactWhy(input: NoticeInput): string {
  return `you are a notification contact for ${input.accountName}`;
}

export function footerLinks(input: NoticeInput): FooterLinks {
  return { preferencesUrl: input.preferencesUrl, unsubscribeUrl: input.unsubscribeUrl };
}
