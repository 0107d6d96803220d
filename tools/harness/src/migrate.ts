import { databaseSettings } from '@leercyclus/config';
import { migrateAsOwner, openDatabase } from '@leercyclus/db';

/**
 * `npm run db:migrate`: brings the record (DATABASE_URL, or PGlite in .data/pglite) up to the latest migration,
 * as the tables' owner (DATABASE_MIGRATION_URL, when the processes connect as another role). The worker and the
 * API also migrate when they start; this is for a deploy step or a database made by hand.
 */
const settings = databaseSettings();
const database = await openDatabase();
try {
  await migrateAsOwner(database, settings);
  console.log(`record migrated: ${database.location}`);
} finally {
  await database.close();
}
