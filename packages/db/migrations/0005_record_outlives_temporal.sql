CREATE TABLE "group_obstacles" (
	"process_id" text NOT NULL,
	"obstacle_id" text NOT NULL,
	"text" text NOT NULL,
	"level" text NOT NULL,
	"raised_by" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"iteration" integer NOT NULL,
	"status" text NOT NULL,
	"escalation" jsonb,
	CONSTRAINT "group_obstacles_process_id_obstacle_id_pk" PRIMARY KEY("process_id","obstacle_id")
);
--> statement-breakpoint
CREATE TABLE "group_outcomes" (
	"outcome_id" text PRIMARY KEY NOT NULL,
	"group_id" text NOT NULL,
	"cycle_id" text NOT NULL,
	"question_number" integer NOT NULL,
	"outcome" jsonb NOT NULL,
	"completed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "processes_programme_idx";--> statement-breakpoint
ALTER TABLE "checkpoints" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "checkpoints" ADD COLUMN "escalation" jsonb;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "source" jsonb;--> statement-breakpoint
ALTER TABLE "occurrence_cases" ADD COLUMN "position" integer;--> statement-breakpoint
ALTER TABLE "occurrence_organisations" ADD COLUMN "position" integer;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "request_id" text;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "launched_by" text;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "management_table" text;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "blackout_dates" date[] DEFAULT '{}'::date[] NOT NULL;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "programme_team" jsonb;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "question_categories" text[];--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "escalate_overdue_after_days" integer;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "close_reason" text;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "group_outcomes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "group_obstacles" ADD CONSTRAINT "group_obstacles_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_outcomes_question_idx" ON "group_outcomes" USING btree ("cycle_id","question_number");--> statement-breakpoint
CREATE UNIQUE INDEX "processes_programme_number_key" ON "processes" USING btree ("programme_id","number");