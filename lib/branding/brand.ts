/**
 * The platform's brand as the pages use it (issue 16): from the environment (lib/env-schema.ts
 * checks the colour's contrast), handed to the frame by the layouts.
 */
import type { CSSProperties } from "react";

export interface Brand {
  name: string;
  /** A path on the portal (public/), or null for the name alone. */
  logoUrl: string | null;
  /** A hex colour white text is readable on (WCAG AA). */
  color: string;
}

export function brandOf(env: {
  PRODUCT_NAME: string;
  BRAND_LOGO_URL?: string | undefined;
  BRAND_PRIMARY_COLOR: string;
}): Brand {
  return {
    name: env.PRODUCT_NAME,
    logoUrl: env.BRAND_LOGO_URL ?? null,
    color: env.BRAND_PRIMARY_COLOR,
  };
}

/**
 * Sets the variable the `brand` colour utilities read (app/globals.css) on the frame itself: a
 * custom property that refers to another is resolved where it is declared, so setting a second
 * variable below :root would not reach the utilities.
 */
export const brandStyle = (brand: Brand): CSSProperties =>
  ({ "--color-brand": brand.color }) as CSSProperties;
