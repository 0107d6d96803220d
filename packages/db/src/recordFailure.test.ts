import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './openDatabase.js';
import { recordFailureKind, refusalReason } from './recordFailure.js';
import { learningQuestions } from './schema/index.js';
import { instantOf } from './instantOf.js';
import { eachBackend } from './testing/index.js';

/** The error a statement fails with. */
async function failureOf(statement: Promise<unknown>): Promise<unknown> {
  try {
    await statement;
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
}

eachBackend('recordFailureKind', (current) => {
  it('calls a constraint violation invalid: the same write is refused however often it is sent', async () => {
    const { db } = current();
    // A question of a cycle the record does not hold: the foreign key refuses it (23503).
    const error = await failureOf(
      db.insert(learningQuestions).values({
        processId: 'cycle/nergens/1',
        number: 1,
        text: 'Hoe werken we samen?',
        raisedIn: 'learningSession',
        raisedBy: 'chris.monitor',
        raisedAt: new Date(),
        level: 'team',
        category: 'safety',
        status: 'open',
        updatedAt: new Date(),
      }),
    );
    expect(recordFailureKind(error)).toBe('invalid');
    expect(refusalReason(error)).toContain('SQLSTATE 23503');
    expect(refusalReason(error)).not.toContain('Failed query');
  });

  it('calls a data exception invalid', async () => {
    const { db } = current();
    const error = await failureOf(db.execute(sql`select ${2 ** 40}::integer`));
    expect(recordFailureKind(error)).toBe('invalid');
    expect(refusalReason(error)).toContain('SQLSTATE 22003');
  });

  it('calls a serialization failure or a deadlock transient: a later attempt gets past it', async () => {
    const { db } = current();
    for (const code of ['40001', '40P01', '57P01']) {
      const error = await failureOf(
        db.execute(sql.raw(`do $$ begin raise exception 'conflict' using errcode = '${code}'; end $$`)),
      );
      expect(recordFailureKind(error)).toBe('transient');
    }
  });
});

describe('recordFailureKind without a database', () => {
  it('calls a refused connection transient', async () => {
    const database = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/nergens' });
    try {
      const error = await failureOf(database.db.execute(sql`select 1`));
      expect(recordFailureKind(error)).toBe('transient');
    } finally {
      await database.close();
    }
  });

  it('calls a snapshot the code refuses invalid', () => {
    let error: unknown;
    try {
      instantOf('gisteren');
    } catch (caught) {
      error = caught;
    }
    expect(recordFailureKind(error)).toBe('invalid');
    expect(recordFailureKind(new Error('socket hang up'))).toBe('transient');
  });
});
