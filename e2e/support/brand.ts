/** The brand the e2e portal runs with (playwright.config.ts), for the specs to expect. */
export const E2E_BRAND = {
  name: "Northwind Compliance",
  /** Dark green: 9.6:1 with white text. */
  color: "#0f5132",
  rgb: "rgb(15, 81, 50)",
  logoUrl: "/brand/demo-logo.svg",
  supportEmail: "help@northwind.example",
};
