CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"contact_id" uuid,
	"to_email" text NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"bundle_sid" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"target_path" text DEFAULT '/bundles' NOT NULL,
	"subject" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"clicked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"categories" jsonb DEFAULT '["deadlines","reviews","support"]'::jsonb NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"added_by" text,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_contacts_email_lower_case" CHECK ("notification_contacts"."email" = lower("notification_contacts"."email"))
);
--> statement-breakpoint
CREATE TABLE "reminder_marks" (
	"bundle_sid" text NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"threshold" integer NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_marks_bundle_sid_valid_until_threshold_pk" PRIMARY KEY("bundle_sid","valid_until","threshold")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "reminder_days" jsonb DEFAULT '[30,14,7,3,1]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "bundle_index" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_contact_id_notification_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."notification_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_contacts" ADD CONSTRAINT "notification_contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_marks" ADD CONSTRAINT "reminder_marks_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notices_once_idx" ON "notices" USING btree ("contact_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notices_account_idx" ON "notices" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "notices_bundle_idx" ON "notices" USING btree ("bundle_sid","created_at");--> statement-breakpoint
CREATE INDEX "notices_status_idx" ON "notices" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_contacts_account_email_idx" ON "notification_contacts" USING btree ("account_id","email");