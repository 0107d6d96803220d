import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';
import { people } from './people.js';

/**
 * Calendar subscriptions: the address a calendar client fetches holds a secret, the record only its SHA-256.
 * A feed shows what its person may see at the moment of each fetch: everything they take part in, or one cycle.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** `person`: everything the person takes part in; `cycle`: one cycle (`cycle_id`). */
    scope: text('scope').$type<'person' | 'cycle'>().notNull(),
    cycleId: text('cycle_id'),
    hash: text('hash').notNull().unique(),
    createdAt: instant('created_at').notNull(),
    lastFetchedAt: instant('last_fetched_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    index('calendar_feeds_person_idx').on(t.personId),
    check(
      'calendar_feeds_scope',
      sql`(${t.scope} = 'person' and ${t.cycleId} is null) or (${t.scope} = 'cycle' and ${t.cycleId} is not null)`,
    ),
  ],
);
