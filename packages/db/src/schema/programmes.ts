import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

export const programmes = pgTable('programmes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  projectLeader: text('project_leader').notNull(),
  /** The slug of the management table the programme escalates to (its workflow is `table/<slug>`). */
  managementTable: text('management_table').notNull(),
  createdAt: instant('created_at')
    .notNull()
    .default(sql`now()`),
  createdBy: text('created_by').notNull(),
  /** Weeks an action on a question may go without an observed effect before it is flagged. */
  actionEffectAfterWeeks: integer('action_effect_after_weeks').notNull().default(6),
  /** A question open without change this many weeks, or while this many cycles began, "blijft liggen". */
  staleAfterWeeks: integer('stale_after_weeks').notNull().default(12),
  staleAfterCycles: integer('stale_after_cycles').notNull().default(2),
});

export const districts = pgTable(
  'districts',
  {
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.name] })],
);

/** The programme's own list of agenda categories, seeded from the domain's default list. */
export const questionCategories = pgTable(
  'question_categories',
  {
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.code] })],
);

/** Each rename of a programme's category: questions filed under the old code keep it, so the rename is kept too. */
export const questionCategoryRenames = pgTable('question_category_renames', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  programmeId: text('programme_id')
    .notNull()
    .references(() => programmes.id, { onDelete: 'cascade' }),
  fromCode: text('from_code').notNull(),
  toCode: text('to_code').notNull(),
  renamedAt: instant('renamed_at')
    .notNull()
    .default(sql`now()`),
  renamedBy: text('renamed_by').notNull(),
});
