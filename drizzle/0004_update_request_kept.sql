ALTER TABLE "update_requests" ADD COLUMN "evaluation" jsonb;--> statement-breakpoint
ALTER TABLE "update_requests" ADD COLUMN "baseline" jsonb;--> statement-breakpoint
ALTER TABLE "update_requests" ADD COLUMN "snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "update_requests" ADD COLUMN "last_failure" jsonb;--> statement-breakpoint
ALTER TABLE "update_requests" ADD COLUMN "callback_set_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "update_requests" ADD COLUMN "pending_item" jsonb;--> statement-breakpoint
ALTER TABLE "update_requests" ADD COLUMN "review_round" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "update_requests" ADD COLUMN "reconciled_at" timestamp with time zone;