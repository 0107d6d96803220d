import { prepareRecord } from './record.js';

/**
 * The record as a process of its own (the database of the embedded default): PGlite in RECORD_DATA_DIR,
 * migrated and served on RECORD_PORT to the worker and the API, as `npm start` serves it.
 */
const port = Number(process.env.RECORD_PORT);
const dataDir = process.env.RECORD_DATA_DIR;
if (!Number.isInteger(port) || !dataDir) throw new Error('RECORD_PORT and RECORD_DATA_DIR are required');

const record = await prepareRecord({ port, dataDir });
console.log(`record ready: ${record.description}`);

async function stop(): Promise<void> {
  await record.stop();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
