ALTER TABLE "processes" ALTER COLUMN "programme_id" DROP NOT NULL;--> statement-breakpoint
-- Groups outside a programme were written with an empty programme id before the column allowed none.
UPDATE "processes" SET "programme_id" = NULL WHERE "kind" = 'actionLearningGroup' AND "programme_id" = '';--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_cycle_has_programme" CHECK ("processes"."kind" <> 'learningCycle' or "processes"."programme_id" is not null);