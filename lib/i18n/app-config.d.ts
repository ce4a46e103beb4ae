// Message keys are checked at compile time against the English catalog (next-intl's AppConfig).
// One line per namespace of lib/i18n/namespaces.ts (the catalog test checks the list).
import type Deadline from "../../messages/en/Deadline.json";
import type Errors from "../../messages/en/Errors.json";
import type Input from "../../messages/en/Input.json";
import type Login from "../../messages/en/Login.json";
import type Shell from "../../messages/en/Shell.json";
import type Status from "../../messages/en/Status.json";
import type Timeline from "../../messages/en/Timeline.json";
import type Update from "../../messages/en/Update.json";
import type UpdateControls from "../../messages/en/UpdateControls.json";
import type UpdateStatus from "../../messages/en/UpdateStatus.json";
import type { Locale } from "./locales";

export interface EnglishMessages {
  Shell: typeof Shell;
  Login: typeof Login;
  Deadline: typeof Deadline;
  Status: typeof Status;
  Errors: typeof Errors;
  Input: typeof Input;
  Update: typeof Update;
  UpdateStatus: typeof UpdateStatus;
  UpdateControls: typeof UpdateControls;
  Timeline: typeof Timeline;
}

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: EnglishMessages;
  }
}
