// Message keys are checked at compile time against the English catalog (next-intl's AppConfig).
// One line per namespace of lib/i18n/namespaces.ts (the catalog test checks the list).
import type Deadline from "../../messages/en/Deadline.json";
import type Email from "../../messages/en/Email.json";
import type Errors from "../../messages/en/Errors.json";
import type Input from "../../messages/en/Input.json";
import type Login from "../../messages/en/Login.json";
import type Shell from "../../messages/en/Shell.json";
import type Status from "../../messages/en/Status.json";
import type Forms from "../../messages/en/Forms.json";
import type Validation from "../../messages/en/Validation.json";
import type Guidance from "../../messages/en/Guidance.json";
import type Address from "../../messages/en/Address.json";
import type { Locale } from "./locales";

export interface EnglishMessages {
  Shell: typeof Shell;
  Login: typeof Login;
  Deadline: typeof Deadline;
  Status: typeof Status;
  Errors: typeof Errors;
  Input: typeof Input;
  Email: typeof Email;
  Forms: typeof Forms;
  Validation: typeof Validation;
  Guidance: typeof Guidance;
  Address: typeof Address;
}

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: EnglishMessages;
  }
}
