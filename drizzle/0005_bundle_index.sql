CREATE TABLE "account_sweeps" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"last_started_at" timestamp with time zone,
	"last_finished_at" timestamp with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bundle_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"bundle_sid" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bundle_index" (
	"sid" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"friendly_name" text NOT NULL,
	"status" text NOT NULL,
	"regulation_sid" text,
	"iso_country" text,
	"valid_until" timestamp with time zone,
	"phone_numbers" integer DEFAULT 0 NOT NULL,
	"needs_action" boolean DEFAULT false NOT NULL,
	"callback_set" boolean DEFAULT false NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"gone_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "account_sweeps" ADD CONSTRAINT "account_sweeps_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_events" ADD CONSTRAINT "bundle_events_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bundle_index" ADD CONSTRAINT "bundle_index_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bundle_events_once_idx" ON "bundle_events" USING btree ("bundle_sid","kind","key");--> statement-breakpoint
CREATE INDEX "bundle_events_account_idx" ON "bundle_events" USING btree ("account_id","occurred_at");--> statement-breakpoint
CREATE INDEX "bundle_index_account_idx" ON "bundle_index" USING btree ("account_id","needs_action","valid_until");