/**
 * `npm run audit:verify`: walks the audit log's hash chain on the record (as `npm run people` opens it) and says how
 * many entries hold and where the first broken link is: which entry, when, and what differs. Exit code 1 when the
 * chain is broken, 2 when the record cannot be read.
 */
import { databaseSettings } from '@leercyclus/config';
import { describeAuditLogGuard, verifyAuditChain, type Database } from '@leercyclus/db';
import { openRecord, Unreachable } from './openRecord.js';

/** A run this long gets a progress line. */
const quietForMs = 2000;
/** Where a progress line cannot be redrawn (a log file), at most one this often. */
const logEveryMs = 10_000;

function progressLine(): (checked: number, total: number) => void {
  const started = Date.now();
  let lastLine = started;
  return (checked, total) => {
    const now = Date.now();
    if (now - started < quietForMs || checked === total) return;
    if (process.stderr.isTTY) process.stderr.write(`\rchecked ${checked} of ${total} entries`);
    else if (now - lastLine >= logEveryMs) {
      process.stderr.write(`checked ${checked} of ${total} entries\n`);
      lastLine = now;
    }
  };
}

let database: Database | undefined;
try {
  const settings = databaseSettings();
  database = await openRecord();
  const report = await verifyAuditChain(database.db, { progress: progressLine() });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  if (settings.url !== undefined) console.log((await describeAuditLogGuard(database.db, true)).message);
  if (report.broken) {
    const { id, at, description } = report.broken;
    const before =
      report.checked === 1 ? 'The entry before it holds' : `The ${report.checked} entries before it hold`;
    console.error(`audit log BROKEN at entry ${id} (${at}): ${description}. ${before}.`);
    process.exitCode = 1;
  } else if (report.last === null) {
    console.log('audit log: no entries yet');
  } else {
    console.log(
      `audit log: ${report.checked} entries checked, the chain holds; ` +
        `the last is entry ${report.last.id}, hash ${report.last.hash} (note it: a later run must reach it)`,
    );
  }
} catch (error) {
  if (!(error instanceof Unreachable)) throw error;
  console.error(`audit:verify: ${error.message}`);
  process.exitCode = 2;
} finally {
  await database?.close();
}
