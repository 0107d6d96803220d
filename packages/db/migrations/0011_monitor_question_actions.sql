CREATE TABLE "question_action_effects" (
	"process_id" text NOT NULL,
	"number" integer NOT NULL,
	"action_number" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"observed_on" date NOT NULL,
	"judged_by" text NOT NULL,
	"helped" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "question_action_effects_process_id_number_action_number_position_pk" PRIMARY KEY("process_id","number","action_number","position")
);
--> statement-breakpoint
CREATE TABLE "question_actions" (
	"process_id" text NOT NULL,
	"number" integer NOT NULL,
	"action_number" integer NOT NULL,
	"text" text NOT NULL,
	"taken_by" text NOT NULL,
	"starts_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "question_actions_process_id_number_action_number_pk" PRIMARY KEY("process_id","number","action_number")
);
--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "action_effect_after_weeks" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "question_action_effects" ADD CONSTRAINT "question_action_effects_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_action_effects" ADD CONSTRAINT "question_action_effects_action_fk" FOREIGN KEY ("process_id","number","action_number") REFERENCES "public"."question_actions"("process_id","number","action_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_actions" ADD CONSTRAINT "question_actions_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_actions" ADD CONSTRAINT "question_actions_question_fk" FOREIGN KEY ("process_id","number") REFERENCES "public"."learning_questions"("process_id","number") ON DELETE cascade ON UPDATE no action;