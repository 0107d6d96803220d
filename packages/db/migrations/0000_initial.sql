CREATE TABLE "applied_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"on_behalf_of" text,
	"action" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"programme_id" text NOT NULL,
	"code" text NOT NULL,
	"district" text NOT NULL,
	"novelty" text NOT NULL,
	"age_group" text NOT NULL,
	"themes" text[] NOT NULL,
	"brought_in_by_organisation" text NOT NULL,
	"brought_in_by_role" text NOT NULL,
	"method_steps" text[] NOT NULL,
	"counterfactual_care" text NOT NULL,
	"counterfactual_amount_eur" integer NOT NULL,
	"done_instead" text[] NOT NULL,
	"notes" text,
	"status" text DEFAULT 'open' NOT NULL,
	"close_reason" text,
	"closed_on" date,
	"close_note" text,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_programme_code_key" UNIQUE("programme_id","code")
);
--> statement-breakpoint
CREATE TABLE "checkpoints" (
	"process_id" text NOT NULL,
	"checkpoint_id" text NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"cadence" jsonb NOT NULL,
	"status" text NOT NULL,
	"slots_handled" integer NOT NULL,
	"reminders_sent" integer NOT NULL,
	CONSTRAINT "checkpoints_process_id_checkpoint_id_pk" PRIMARY KEY("process_id","checkpoint_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"escalation_id" text PRIMARY KEY NOT NULL,
	"outcome" text NOT NULL,
	"text" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_goals" (
	"process_id" text NOT NULL,
	"checkpoint_id" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"owner" text,
	CONSTRAINT "development_goals_process_id_checkpoint_id_position_pk" PRIMARY KEY("process_id","checkpoint_id","position")
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"programme_id" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "districts_programme_id_name_pk" PRIMARY KEY("programme_id","name")
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" text PRIMARY KEY NOT NULL,
	"management_table" text NOT NULL,
	"source_process_id" text NOT NULL,
	"question_number" integer,
	"subject" text NOT NULL,
	"status" text NOT NULL,
	"level" integer DEFAULT 1 NOT NULL,
	"raised_by" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"process_id" text NOT NULL,
	"checkpoint_id" text NOT NULL,
	"sharpened_questions" jsonb NOT NULL,
	"notes" text NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluations_process_id_checkpoint_id_pk" PRIMARY KEY("process_id","checkpoint_id")
);
--> statement-breakpoint
CREATE TABLE "learning_questions" (
	"process_id" text NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"district" text,
	"raised_in" text NOT NULL,
	"raised_by" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"occurrence_id" text,
	"level" text NOT NULL,
	"category" text NOT NULL,
	"status" text NOT NULL,
	"responsible" text,
	"lesson" text,
	"carried_from_process_id" text,
	"carried_from_number" integer,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "learning_questions_process_id_number_pk" PRIMARY KEY("process_id","number")
);
--> statement-breakpoint
CREATE TABLE "occurrence_cases" (
	"process_id" text NOT NULL,
	"occurrence_id" text NOT NULL,
	"case_code" text NOT NULL,
	CONSTRAINT "occurrence_cases_process_id_occurrence_id_case_code_pk" PRIMARY KEY("process_id","occurrence_id","case_code")
);
--> statement-breakpoint
CREATE TABLE "occurrence_organisations" (
	"process_id" text NOT NULL,
	"occurrence_id" text NOT NULL,
	"organisation_key" text NOT NULL,
	"organisation" text NOT NULL,
	CONSTRAINT "occurrence_organisations_process_id_occurrence_id_organisation_key_pk" PRIMARY KEY("process_id","occurrence_id","organisation_key")
);
--> statement-breakpoint
CREATE TABLE "occurrences" (
	"process_id" text NOT NULL,
	"occurrence_id" text NOT NULL,
	"kind" text NOT NULL,
	"district" text,
	"date" date NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"change" jsonb,
	"swt_professionals" integer,
	"partner_professionals" integer,
	"parents_or_guardians" integer,
	"question_numbers" integer[],
	"notes" text,
	"recorded_by" text,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "occurrences_process_id_occurrence_id_pk" PRIMARY KEY("process_id","occurrence_id")
);
--> statement-breakpoint
CREATE TABLE "partner_organisations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partner_organisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"kind" text NOT NULL,
	"ring" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_organisations_name_key_unique" UNIQUE("name_key")
);
--> statement-breakpoint
CREATE TABLE "processes" (
	"workflow_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"programme_id" text NOT NULL,
	"number" integer,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"districts" text[] DEFAULT '{}'::text[] NOT NULL,
	"district_slots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"time_zone" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"overdue_checkpoints" integer DEFAULT 0 NOT NULL,
	"next_event_at" timestamp with time zone,
	"first_recorded_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"project_leader" text NOT NULL,
	"management_table" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_categories" (
	"programme_id" text NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "question_categories_programme_id_code_pk" PRIMARY KEY("programme_id","code")
);
--> statement-breakpoint
CREATE TABLE "question_reformulations" (
	"process_id" text NOT NULL,
	"number" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	CONSTRAINT "question_reformulations_process_id_number_position_pk" PRIMARY KEY("process_id","number","position")
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"process_id" text NOT NULL,
	"reminder_id" text NOT NULL,
	"checkpoint_id" text NOT NULL,
	"checkpoint_title" text NOT NULL,
	"kind" text NOT NULL,
	"recipient" text NOT NULL,
	"sent_by" text,
	"queued_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	CONSTRAINT "reminders_process_id_reminder_id_pk" PRIMARY KEY("process_id","reminder_id")
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "user_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoints" ADD CONSTRAINT "checkpoints_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_goals" ADD CONSTRAINT "development_goals_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_goals" ADD CONSTRAINT "development_goals_process_id_checkpoint_id_evaluations_process_id_checkpoint_id_fk" FOREIGN KEY ("process_id","checkpoint_id") REFERENCES "public"."evaluations"("process_id","checkpoint_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_process_id_checkpoint_id_checkpoints_process_id_checkpoint_id_fk" FOREIGN KEY ("process_id","checkpoint_id") REFERENCES "public"."checkpoints"("process_id","checkpoint_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_questions" ADD CONSTRAINT "learning_questions_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occurrence_cases" ADD CONSTRAINT "occurrence_cases_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occurrence_cases" ADD CONSTRAINT "occurrence_cases_process_id_occurrence_id_occurrences_process_id_occurrence_id_fk" FOREIGN KEY ("process_id","occurrence_id") REFERENCES "public"."occurrences"("process_id","occurrence_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occurrence_organisations" ADD CONSTRAINT "occurrence_organisations_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occurrence_organisations" ADD CONSTRAINT "occurrence_organisations_process_id_occurrence_id_occurrences_process_id_occurrence_id_fk" FOREIGN KEY ("process_id","occurrence_id") REFERENCES "public"."occurrences"("process_id","occurrence_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occurrences" ADD CONSTRAINT "occurrences_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_categories" ADD CONSTRAINT "question_categories_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_reformulations" ADD CONSTRAINT "question_reformulations_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_reformulations" ADD CONSTRAINT "question_reformulations_process_id_number_learning_questions_process_id_number_fk" FOREIGN KEY ("process_id","number") REFERENCES "public"."learning_questions"("process_id","number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_record_idx" ON "audit_log" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "checkpoints_open_due_idx" ON "checkpoints" USING btree ("due_at") WHERE "checkpoints"."status" <> 'submitted';--> statement-breakpoint
CREATE INDEX "learning_questions_category_idx" ON "learning_questions" USING btree ("category");--> statement-breakpoint
CREATE INDEX "learning_questions_status_idx" ON "learning_questions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "occurrence_cases_code_idx" ON "occurrence_cases" USING btree ("case_code");--> statement-breakpoint
CREATE INDEX "occurrence_organisations_key_idx" ON "occurrence_organisations" USING btree ("organisation_key");--> statement-breakpoint
CREATE INDEX "occurrences_date_idx" ON "occurrences" USING btree ("date");--> statement-breakpoint
CREATE INDEX "processes_programme_idx" ON "processes" USING btree ("programme_id","number");