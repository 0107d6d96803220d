import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate -w @leercyclus/db` writes a migration for each change of src/schema. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  strict: true,
});
