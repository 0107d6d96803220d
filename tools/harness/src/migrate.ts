import { migrate, openDatabase } from '@leercyclus/db';

/**
 * `npm run db:migrate`: brings the record (DATABASE_URL, or PGlite in .data/pglite) up to the latest migration.
 * The worker and the API also migrate when they start; this is for a deploy step or a database made by hand.
 */
const database = await openDatabase();
try {
  await migrate(database);
  console.log(`record migrated: ${database.location}`);
} finally {
  await database.close();
}
