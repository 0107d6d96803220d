ALTER TABLE "programmes" ADD COLUMN "stale_after_weeks" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "stale_after_cycles" integer DEFAULT 2 NOT NULL;