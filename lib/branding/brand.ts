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

/** The CSS variable the `brand` colour utilities read (app/globals.css). */
export const brandStyle = (brand: Brand): CSSProperties =>
  ({ "--brand": brand.color }) as CSSProperties;
