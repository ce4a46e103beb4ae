CREATE TABLE "update_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"type" text NOT NULL,
	"actor_user_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "update_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"original_sid" text NOT NULL,
	"copy_sid" text,
	"phase" text NOT NULL,
	"last_evaluation" jsonb,
	"rejection" jsonb,
	"attention" jsonb,
	"items_changed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"items_replaced_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_receipts" (
	"token" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "update_request_events" ADD CONSTRAINT "update_request_events_request_id_update_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."update_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_requests" ADD CONSTRAINT "update_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "update_request_events_request_idx" ON "update_request_events" USING btree ("request_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "update_requests_one_open_idx" ON "update_requests" USING btree ("original_sid") WHERE "update_requests"."phase" not in ('done', 'cancelled');--> statement-breakpoint
CREATE INDEX "update_requests_account_idx" ON "update_requests" USING btree ("account_id","updated_at");--> statement-breakpoint
CREATE INDEX "update_requests_copy_idx" ON "update_requests" USING btree ("copy_sid");