/**
 * The platform's brand as the mails wear it (issue 16): the pages' brand (lib/branding) plus the
 * support contacts, with the logo's path made absolute on the portal's public URL, since a mail
 * client has no page to resolve it against.
 */
import { brandOf } from "@/lib/branding/brand";
import type { Brand } from "./types";

export function emailBrand(env: {
  PRODUCT_NAME: string;
  BRAND_LOGO_URL?: string | undefined;
  BRAND_PRIMARY_COLOR: string;
  SUPPORT_EMAIL?: string | undefined;
  SUPPORT_URL?: string | undefined;
  PUBLIC_BASE_URL: string;
}): Brand {
  const brand = brandOf(env);
  const base = env.PUBLIC_BASE_URL.replace(/\/+$/, "");
  return {
    productName: brand.name,
    logoUrl: brand.logoUrl ? `${base}${brand.logoUrl}` : null,
    color: brand.color,
    supportEmail: env.SUPPORT_EMAIL ?? null,
    supportUrl: env.SUPPORT_URL ?? null,
    baseUrl: base,
  };
}
