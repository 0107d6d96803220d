CREATE TABLE "question_versions" (
	"process_id" text NOT NULL,
	"number" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"question" jsonb NOT NULL,
	CONSTRAINT "question_versions_process_id_number_at_pk" PRIMARY KEY("process_id","number","at")
);
--> statement-breakpoint
ALTER TABLE "question_versions" ADD CONSTRAINT "question_versions_process_id_processes_workflow_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_versions" ADD CONSTRAINT "question_versions_question_fk" FOREIGN KEY ("process_id","number") REFERENCES "public"."learning_questions"("process_id","number") ON DELETE cascade ON UPDATE no action;