CREATE TABLE "calendar_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"scope" text NOT NULL,
	"cycle_id" text,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_fetched_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_hash_unique" UNIQUE("hash"),
	CONSTRAINT "calendar_feeds_scope" CHECK (("calendar_feeds"."scope" = 'person' and "calendar_feeds"."cycle_id" is null) or ("calendar_feeds"."scope" = 'cycle' and "calendar_feeds"."cycle_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "occurrences" ADD COLUMN "moves" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_feeds_person_idx" ON "calendar_feeds" USING btree ("person_id");--> statement-breakpoint
-- Occurrences moved before the record counted moves were moved at least once.
UPDATE "occurrences" SET "moves" = 1 WHERE jsonb_typeof("change"->'movedFrom') = 'object';
