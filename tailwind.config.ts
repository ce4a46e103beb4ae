/**
 * Tailwind 4 reads its configuration from CSS (`@import "tailwindcss"` in app/globals.css) and
 * detects sources automatically. This file only exists so editors and tooling that still look for
 * a config find the content globs; the build does not need it.
 */
const config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: { extend: {} },
};

export default config;
