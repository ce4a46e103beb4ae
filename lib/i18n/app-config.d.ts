// Message keys are checked at compile time against the English catalog (next-intl's AppConfig).
import type en from "../../messages/en.json";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
