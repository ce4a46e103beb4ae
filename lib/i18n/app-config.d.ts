// Message keys are checked at compile time against the English catalog (next-intl's AppConfig).
// One line per namespace of lib/i18n/namespaces.ts (the catalog test checks the list).
import type Activity from "../../messages/en/Activity.json";
import type Address from "../../messages/en/Address.json";
import type Bundle from "../../messages/en/Bundle.json";
import type BundleHelp from "../../messages/en/BundleHelp.json";
import type Deadline from "../../messages/en/Deadline.json";
import type Email from "../../messages/en/Email.json";
import type EmailLinks from "../../messages/en/EmailLinks.json";
import type Errors from "../../messages/en/Errors.json";
import type Forms from "../../messages/en/Forms.json";
import type Guidance from "../../messages/en/Guidance.json";
import type Impersonation from "../../messages/en/Impersonation.json";
import type Input from "../../messages/en/Input.json";
import type Login from "../../messages/en/Login.json";
import type NoticeCategories from "../../messages/en/NoticeCategories.json";
import type NoticeList from "../../messages/en/NoticeList.json";
import type PageError from "../../messages/en/PageError.json";
import type Pages from "../../messages/en/Pages.json";
import type Paging from "../../messages/en/Paging.json";
import type Settings from "../../messages/en/Settings.json";
import type Shell from "../../messages/en/Shell.json";
import type Status from "../../messages/en/Status.json";
import type Timeline from "../../messages/en/Timeline.json";
import type Update from "../../messages/en/Update.json";
import type UpdateControls from "../../messages/en/UpdateControls.json";
import type UpdateStatus from "../../messages/en/UpdateStatus.json";
import type Support from "../../messages/en/Support.json";
import type SupportClient from "../../messages/en/SupportClient.json";
import type Validation from "../../messages/en/Validation.json";
import type Worklist from "../../messages/en/Worklist.json";
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
  Activity: typeof Activity;
  Address: typeof Address;
  Bundle: typeof Bundle;
  BundleHelp: typeof BundleHelp;
  Email: typeof Email;
  EmailLinks: typeof EmailLinks;
  Forms: typeof Forms;
  Guidance: typeof Guidance;
  Impersonation: typeof Impersonation;
  NoticeCategories: typeof NoticeCategories;
  NoticeList: typeof NoticeList;
  PageError: typeof PageError;
  Pages: typeof Pages;
  Paging: typeof Paging;
  Settings: typeof Settings;
  Support: typeof Support;
  SupportClient: typeof SupportClient;
  Validation: typeof Validation;
  Worklist: typeof Worklist;
}

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: EnglishMessages;
  }
}
