/** Bits several notices share. */
import type { FooterLinks } from "./layout";
import type { Brand, NoticeInput, Words } from "./types";

/** The footer's reason for a subscribed contact. */
export function contactWhy(input: NoticeInput, brand: Brand, { t }: Words): string {
  return t("layout.whyContact", { product: brand.productName, account: input.accountName });
}

export function footerLinks(input: NoticeInput): FooterLinks {
  return { preferencesUrl: input.preferencesUrl, unsubscribeUrl: input.unsubscribeUrl };
}
