CREATE TYPE "public"."impersonation_mode" AS ENUM('read_only', 'assist');--> statement-breakpoint
CREATE TABLE "impersonation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"staff_name" text NOT NULL,
	"staff_email" text NOT NULL,
	"account_id" uuid NOT NULL,
	"account_name" text NOT NULL,
	"mode" "impersonation_mode" DEFAULT 'read_only' NOT NULL,
	"reason" text NOT NULL,
	"ticket" text,
	"started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "impersonation_sessions_max_60_minutes" CHECK ("impersonation_sessions"."expires_at" > "impersonation_sessions"."started_at" and "impersonation_sessions"."expires_at" <= "impersonation_sessions"."started_at" + interval '60 minutes'),
	CONSTRAINT "impersonation_sessions_reason_length" CHECK (char_length("impersonation_sessions"."reason") >= 15)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "impersonation_sessions_one_open_idx" ON "impersonation_sessions" USING btree ("staff_user_id") WHERE "impersonation_sessions"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "impersonation_sessions_account_idx" ON "impersonation_sessions" USING btree ("account_id","started_at");