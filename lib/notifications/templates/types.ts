/**
 * What the templates take: plain data, already decided by the caller (who gets the mail, how many
 * days are left, in which language). The templates only word and lay it out.
 */
import type { ReactElement } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";

/** The platform's brand as the mails wear it (lib/notifications/templates/brand.ts builds it). */
export interface Brand {
  productName: string;
  supportEmail?: string | null;
  /** The platform's help pages, linked in the footer when set. */
  supportUrl?: string | null;
  /** e.g. http://localhost:3000 */
  baseUrl: string;
  /** Absolute URL of the logo on the portal (mail clients have no base URL), or none. */
  logoUrl?: string | null;
  /** The button and link colour (hex, checked for WCAG AA against white); default blue. */
  color?: string | null;
}

/** The recipient's language: its catalog (namespace Email) and the locale dates are written in. */
export interface Words {
  t: Translator<"Email">;
  locale: Locale;
}

interface Common {
  /** "Hello Ada," or "Hello," when null. */
  recipientName: string | null;
  /** The customer's company, e.g. "Acme Logistics GmbH". */
  accountName: string;
  /** IANA, e.g. "Europe/Berlin"; every date in the mail is written in it. */
  timeZone: string;
  /** One-click link in the footer. */
  unsubscribeUrl: string;
  preferencesUrl: string;
}

export interface BundleRef {
  /** Friendly name, e.g. "Berlin local numbers". */
  name: string;
  /** ISO timestamp. */
  validUntil: string | null;
  /** Absolute deep link. */
  actionUrl: string;
}

type Dated = BundleRef & { validUntil: string };

export type NoticeInput = Common &
  (
    | {
        kind: "confirm_contact";
        confirmUrl: string;
        /** Who added them, e.g. "Ada Lovelace". */
        addedBy: string | null;
        /** They are support staff who added the contact for the customer. */
        addedBySupport?: boolean;
      }
    | { kind: "new_deadline"; bundle: Dated }
    | {
        kind: "reminder";
        bundle: Dated;
        /** >0 days left, <=0 overdue. */
        daysLeft: number;
      }
    | {
        kind: "digest";
        bundles: Array<Dated & { daysLeft: number }>;
        worklistUrl: string;
      }
    | {
        kind: "rejected";
        bundle: BundleRef;
        /** Twilio's reviewer text, verbatim. */
        reasons: string[];
        /** The portal's own advice lines; may be empty. */
        guidance: string[];
      }
    | { kind: "up_to_date"; bundle: BundleRef }
    | {
        kind: "support_access_started";
        staffName: string;
        /** As support staff wrote it. */
        reason: string;
        /** Their ticket, if they gave one. */
        ticket?: string | null;
        startedAt: string;
        activityUrl: string;
      }
    | {
        kind: "support_access_ended";
        staffName: string;
        startedAt: string;
        endedAt: string;
        /** Human lines, e.g. "Saved the business address". */
        actions: string[];
        activityUrl: string;
      }
  );

export type NoticeKind = NoticeInput["kind"];

/** The input of one kind of notice. */
export type NoticeOf<K extends NoticeKind> = Extract<NoticeInput, { kind: K }>;

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** One notice before rendering: its subject and the React Email tree. */
export interface Draft {
  subject: string;
  element: ReactElement;
}
