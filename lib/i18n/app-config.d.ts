// Message keys are checked at compile time against the English catalog (next-intl's AppConfig).
// One line per namespace of lib/i18n/namespaces.ts (the catalog test checks the list).
import type Deadline from "../../messages/en/Deadline.json";
import type Login from "../../messages/en/Login.json";
import type Shell from "../../messages/en/Shell.json";
import type Status from "../../messages/en/Status.json";
import type Worklist from "../../messages/en/Worklist.json";
import type Bundle from "../../messages/en/Bundle.json";
import type BundleHelp from "../../messages/en/BundleHelp.json";
import type Activity from "../../messages/en/Activity.json";
import type Settings from "../../messages/en/Settings.json";
import type NoticeCategories from "../../messages/en/NoticeCategories.json";
import type NoticeList from "../../messages/en/NoticeList.json";
import type EmailLinks from "../../messages/en/EmailLinks.json";
import type Pages from "../../messages/en/Pages.json";
import type PageError from "../../messages/en/PageError.json";
import type { Locale } from "./locales";

export interface EnglishMessages {
  Shell: typeof Shell;
  Login: typeof Login;
  Deadline: typeof Deadline;
  Status: typeof Status;
  Worklist: typeof Worklist;
  Bundle: typeof Bundle;
  BundleHelp: typeof BundleHelp;
  Activity: typeof Activity;
  Settings: typeof Settings;
  NoticeCategories: typeof NoticeCategories;
  NoticeList: typeof NoticeList;
  EmailLinks: typeof EmailLinks;
  Pages: typeof Pages;
  PageError: typeof PageError;
}

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: EnglishMessages;
  }
}
