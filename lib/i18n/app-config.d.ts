// Message keys are checked at compile time against the English catalog (next-intl's AppConfig).
// One line per namespace of lib/i18n/namespaces.ts (the catalog test checks the list).
import type Deadline from "../../messages/en/Deadline.json";
import type Email from "../../messages/en/Email.json";
import type Errors from "../../messages/en/Errors.json";
import type Input from "../../messages/en/Input.json";
import type Login from "../../messages/en/Login.json";
import type Shell from "../../messages/en/Shell.json";
import type Status from "../../messages/en/Status.json";
import type Support from "../../messages/en/Support.json";
import type SupportClient from "../../messages/en/SupportClient.json";
import type Impersonation from "../../messages/en/Impersonation.json";
import type Paging from "../../messages/en/Paging.json";
import type { Locale } from "./locales";

export interface EnglishMessages {
  Shell: typeof Shell;
  Login: typeof Login;
  Deadline: typeof Deadline;
  Status: typeof Status;
  Errors: typeof Errors;
  Input: typeof Input;
  Email: typeof Email;
  Support: typeof Support;
  SupportClient: typeof SupportClient;
  Impersonation: typeof Impersonation;
  Paging: typeof Paging;
}

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: EnglishMessages;
  }
}
