CREATE TABLE "question_category_renames" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "question_category_renames_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"programme_id" text NOT NULL,
	"from_code" text NOT NULL,
	"to_code" text NOT NULL,
	"renamed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"renamed_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "question_category_renames" ADD CONSTRAINT "question_category_renames_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;