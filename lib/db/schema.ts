/**
 * The portal's own data. Twilio stays the source of truth for Bundles; we keep users, the
 * customer ↔ subaccount mapping, who may act for which account, the audit log and sign-in throttle.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["customer", "support", "admin"]);
export type UserRole = (typeof userRole.enumValues)[number];

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Always lower-case (the check makes that a guarantee), so a plain unique index is enough.
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    // Null for users who only sign in through OIDC.
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("customer"),
    // Carried in every session JWT; bumped on sign-out or a role change, which ends every
    // session issued before (lib/auth/sessions.ts).
    sessionVersion: integer("session_version").notNull().default(0),
    // The language the user chose in the header (lib/i18n); null: the browser's, else the default.
    locale: text("locale"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("users_email_lower_case", sql`${t.email} = lower(${t.email})`)],
);

export const accounts = pgTable("accounts", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  twilioSubaccountSid: text("twilio_subaccount_sid").notNull().unique(),
  /** IANA zone the account's reminders are timed in (sent from 09:00 local), and dates shown in. */
  timeZone: text("time_zone").notNull().default("UTC"),
  /** Days before a deadline that reminders go out (plus once when overdue): the cadence. */
  reminderDays: jsonb("reminder_days").$type<number[]>().notNull().default([30, 14, 7, 3, 1]),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.accountId] }),
    index("memberships_account_idx").on(t.accountId),
  ],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    // No FK on purpose: audit rows outlive the users and accounts they mention.
    actorUserId: uuid("actor_user_id"),
    accountId: uuid("account_id"),
    action: text("action").notNull(),
    targetSid: text("target_sid"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    // Set when support staff act as an account (impersonation, a later issue).
    impersonationId: uuid("impersonation_id"),
  },
  (t) => [
    index("audit_events_account_time_idx").on(t.accountId, t.occurredAt),
    index("audit_events_actor_time_idx").on(t.actorUserId, t.occurredAt),
  ],
);

/** Failed sign-ins per email, in the database so every stateless instance sees the same count. */
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  firstFailureAt: timestamp("first_failure_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export type User = typeof users.$inferSelect;
export type Account = typeof accounts.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;

/**
 * The customer's update of one original Bundle (Twilio's copy → fix → review → replace flow).
 * Twilio stays the source of truth; this row remembers the copy, the history Twilio does not
 * keep, and holds the lease that keeps two clicks from making two copies.
 */
export const updateRequests = pgTable(
  "update_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    originalSid: text("original_sid").notNull(),
    copySid: text("copy_sid"),
    phase: text("phase").notNull(),
    lastEvaluation: jsonb("last_evaluation"),
    rejection: jsonb("rejection"),
    attention: jsonb("attention"),
    itemsChangedAt: timestamp("items_changed_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    itemsReplacedAt: timestamp("items_replaced_at", { withTimezone: true }),
    /** A step that calls Twilio holds this lease; nobody else runs one until it ends or expires. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    // What a step keeps for the next one, on the row so every instance sees it (issue 11):
    /** The copy's latest Evaluation in full (the fix form is built from it). */
    evaluation: jsonb("evaluation"),
    /** The copy's items as Twilio made it: the original's content, for "What will change". */
    baseline: jsonb("baseline"),
    /** Twilio's original and copy as the last step read or wrote them, tagged with this row's version. */
    snapshot: jsonb("snapshot"),
    /** The last step that failed on Twilio or our side, shown until a step succeeds. */
    lastFailure: jsonb("last_failure"),
    /** When the copy was seen to carry our StatusCallback (set on every step until it is). */
    callbackSetAt: timestamp("callback_set_at", { withTimezone: true }),
    /** A document created for a section whose assignment to the copy has not succeeded yet. */
    pendingItem: jsonb("pending_item"),
    /** How many times the copy was submitted; from 2 on, callbacks are confirmed with Twilio. */
    reviewRound: integer("review_round").notNull().default(0),
    /** When the request was last reconciled with Twilio (polls and background checks). */
    reconciledAt: timestamp("reconciled_at", { withTimezone: true }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open request per original Bundle, whatever the clicks, tabs or instances.
    uniqueIndex("update_requests_one_open_idx")
      .on(t.originalSid)
      .where(sql`${t.phase} not in ('done', 'cancelled')`),
    index("update_requests_account_idx").on(t.accountId, t.updatedAt),
    index("update_requests_copy_idx").on(t.copySid),
  ],
);

/** The timeline of an update request: customer steps, Twilio's status callbacks, findings. */
export const updateRequestEvents = pgTable(
  "update_request_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => updateRequests.id, { onDelete: "cascade" }),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    type: text("type").notNull(),
    /** Null for Twilio's own events (status callbacks). */
    actorUserId: uuid("actor_user_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("update_request_events_request_idx").on(t.requestId, t.occurredAt)],
);

/** Status callbacks already applied, by Twilio's idempotency token: a redelivery is a no-op. */
export const webhookReceipts = pgTable("webhook_receipts", {
  token: text("token").primaryKey(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

export type UpdateRequestRow = typeof updateRequests.$inferSelect;
export type UpdateRequestEventRow = typeof updateRequestEvents.$inferSelect;

/**
 * Support staff acting as a customer account (issue 6). A row is the whole grant: who, for which
 * account, why, in which mode and until when. The context (lib/auth/context.ts) honours a row
 * only while it is open, unexpired and its staff member still holds a staff role.
 * No foreign keys on purpose, like audit_events: these rows are the audit trail's "why" and must
 * outlive the users and accounts they mention; the names are copied for the same reason.
 */
export const impersonationMode = pgEnum("impersonation_mode", ["read_only", "assist"]);
export type ImpersonationMode = (typeof impersonationMode.enumValues)[number];

export const impersonationSessions = pgTable(
  "impersonation_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffUserId: uuid("staff_user_id").notNull(),
    staffName: text("staff_name").notNull(),
    staffEmail: text("staff_email").notNull(),
    accountId: uuid("account_id").notNull(),
    accountName: text("account_name").notNull(),
    mode: impersonationMode("mode").notNull().default("read_only"),
    reason: text("reason").notNull(),
    ticket: text("ticket"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** stopped | expired | role_revoked | signed_out */
    endReason: text("end_reason"),
  },
  (t) => [
    // The 60-minute cap holds even against a buggy caller.
    check(
      "impersonation_sessions_max_60_minutes",
      sql`${t.expiresAt} > ${t.startedAt} and ${t.expiresAt} <= ${t.startedAt} + interval '60 minutes'`,
    ),
    check("impersonation_sessions_reason_length", sql`char_length(${t.reason}) >= 15`),
    // One open session per staff member: no second one, no chaining.
    uniqueIndex("impersonation_sessions_one_open_idx")
      .on(t.staffUserId)
      .where(sql`${t.endedAt} is null`),
    index("impersonation_sessions_account_idx").on(t.accountId, t.startedAt),
  ],
);

export type ImpersonationSessionRow = typeof impersonationSessions.$inferSelect;

/**
 * Every account's Bundles as the last sweep saw them (lib/jobs/sweep-account.ts): what the
 * support console and the worklist's summary read, so their cost grows with the database, not
 * with the number of Twilio subaccounts. Twilio stays the source of truth; this is its echo.
 */
export const bundleIndex = pgTable(
  "bundle_index",
  {
    sid: text("sid").primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    friendlyName: text("friendly_name").notNull(),
    status: text("status").notNull(),
    regulationSid: text("regulation_sid"),
    isoCountry: text("iso_country"),
    validUntil: timestamp("valid_until", { withTimezone: true }),
    phoneNumbers: integer("phone_numbers").notNull().default(0),
    /** Approved with a deadline, or rejected: the customer has something to do. */
    needsAction: boolean("needs_action").notNull().default(false),
    /** The Bundle points its status callbacks at the portal. */
    callbackSet: boolean("callback_set").notNull().default(false),
    /** The address Twilio emails about this Bundle (set at creation); offered as a contact. */
    email: text("email"),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    /** Set when a sweep no longer found it (deleted on Twilio). */
    goneAt: timestamp("gone_at", { withTimezone: true }),
  },
  (t) => [index("bundle_index_account_idx").on(t.accountId, t.needsAction, t.validUntil)],
);

/**
 * What changed about a Bundle between sweeps or by a callback (a deadline appeared, a status
 * moved, it expired or went away): domain events for notices. `key` makes each event once:
 * a sweep run twice, or a sweep and a callback seeing the same change, record it once.
 */
export const bundleEvents = pgTable(
  "bundle_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    bundleSid: text("bundle_sid").notNull(),
    kind: text("kind").notNull(),
    key: text("key").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("bundle_events_once_idx").on(t.bundleSid, t.kind, t.key),
    index("bundle_events_account_idx").on(t.accountId, t.occurredAt),
  ],
);

/** Each account's sweeps: when the last one ran and how, so support sees one that keeps failing. */
export const accountSweeps = pgTable("account_sweeps", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => accounts.id, { onDelete: "cascade" }),
  lastStartedAt: timestamp("last_started_at", { withTimezone: true }),
  lastFinishedAt: timestamp("last_finished_at", { withTimezone: true }),
  lastError: text("last_error"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
});

export type BundleIndexRow = typeof bundleIndex.$inferSelect;

/** Which notices a contact gets: deadlines (new ones, reminders, digests), reviews, support. */
export type NoticeCategory = "deadlines" | "reviews" | "support";

/**
 * The people each account's notices go to. A contact gets nothing but the confirmation mail
 * until they confirm the address (a signed link); unsubscribing keeps the row (so a later import
 * of the same address does not resubscribe it) and stops everything.
 */
export const notificationContacts = pgTable(
  "notification_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name"),
    categories: jsonb("categories")
      .$type<NoticeCategory[]>()
      .notNull()
      .default(["deadlines", "reviews", "support"]),
    /** How the contact was added: by a person on the settings page, from a Bundle's email, the seed. */
    source: text("source").notNull().default("manual"),
    addedBy: text("added_by"),
    // The language the contact's mails are written in when the address is no portal user's
    // with a saved choice: the adder's language when added; null: the platform's default.
    locale: text("locale"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notification_contacts_account_email_idx").on(t.accountId, t.email),
    check("notification_contacts_email_lower_case", sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * Every mail the portal sends or will send, one row per contact and event: the unique
 * (contact, dedupe_key) makes each notice at most once however often the event is seen (a
 * sweep run twice, two workers, a retried job). The row is also the history (to whom, when,
 * whether the link was opened) and the send's state: queued → sending → sent, or failed after
 * the retries, which support sees.
 */
export const notices = pgTable(
  "notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id").references(() => notificationContacts.id, {
      onDelete: "set null",
    }),
    toEmail: text("to_email").notNull(),
    kind: text("kind").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    bundleSid: text("bundle_sid"),
    /** What the template needs, as the event described it (rendered at send time). */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    /** Where the mail's main link leads after sign-in (a path of the portal). */
    targetPath: text("target_path").notNull().default("/bundles"),
    subject: text("subject"),
    status: text("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** First click on the mail's deep link (no tracking pixels). */
    clickedAt: timestamp("clicked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notices_once_idx").on(t.contactId, t.dedupeKey),
    index("notices_account_idx").on(t.accountId, t.createdAt),
    index("notices_bundle_idx").on(t.bundleSid, t.createdAt),
    index("notices_status_idx").on(t.status, t.createdAt),
  ],
);

/**
 * The reminder thresholds already taken for each Bundle's deadline (0 = overdue): the
 * reminders job takes a threshold once, whoever runs it, and a new deadline's own mail takes the
 * threshold it falls in, so no reminder repeats it the same day.
 */
export const reminderMarks = pgTable(
  "reminder_marks",
  {
    bundleSid: text("bundle_sid").notNull(),
    validUntil: timestamp("valid_until", { withTimezone: true }).notNull(),
    threshold: integer("threshold").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bundleSid, t.validUntil, t.threshold] })],
);

export type NotificationContactRow = typeof notificationContacts.$inferSelect;
export type NoticeRow = typeof notices.$inferSelect;
