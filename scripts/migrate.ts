/** `npm run db:migrate`: the record brought up to the latest migration (tools/harness/src/migrate.ts). */
import '@leercyclus/harness/migrate';
