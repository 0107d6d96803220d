CREATE TABLE "mail_preferences" (
	"person_id" text PRIMARY KEY NOT NULL,
	"delivery" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mail_preferences_delivery" CHECK ("mail_preferences"."delivery" in ('immediately', 'dailyDigest', 'mandatoryOnly'))
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"recipient" text NOT NULL,
	"kind" text NOT NULL,
	"mandatory" boolean NOT NULL,
	"subject" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text NOT NULL,
	"queued_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"server_response" text,
	"reason" text,
	"digest_id" text,
	"settled_at" timestamp with time zone,
	CONSTRAINT "messages_state" CHECK ("messages"."state" in ('queued', 'sent', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "unsubscribe_links" (
	"hash" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"message_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_preferences" ADD CONSTRAINT "mail_preferences_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_digest_id_messages_id_fk" FOREIGN KEY ("digest_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unsubscribe_links" ADD CONSTRAINT "unsubscribe_links_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_queued_idx" ON "messages" USING btree ("queued_at") WHERE "messages"."state" = 'queued';--> statement-breakpoint
CREATE INDEX "messages_recipient_idx" ON "messages" USING btree ("recipient");--> statement-breakpoint
CREATE INDEX "messages_digest_idx" ON "messages" USING btree ("digest_id");--> statement-breakpoint
CREATE INDEX "unsubscribe_links_person_idx" ON "unsubscribe_links" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "reminders" DROP COLUMN "delivered_at";