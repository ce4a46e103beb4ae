/**
 * The portal's own data. Twilio stays the source of truth for Bundles; we keep users, the
 * customer ↔ subaccount mapping, who may act for which account, the audit log and sign-in throttle.
 */
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("users_email_lower_case", sql`${t.email} = lower(${t.email})`)],
);

export const accounts = pgTable("accounts", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  twilioSubaccountSid: text("twilio_subaccount_sid").notNull().unique(),
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
