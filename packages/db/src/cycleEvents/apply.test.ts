import { eq, like, sql } from 'drizzle-orm';
import { ApplicationFailure } from '@temporalio/activity';
import type { CycleRecordEvent } from '@leercyclus/domain';
import { expect, it } from 'vitest';
import { createRecordActivities } from '../activities.js';
import {
  appliedEvents,
  auditLog,
  checkpoints,
  developmentGoals,
  evaluations,
  learningQuestions,
  messages,
  occurrenceCases,
  occurrenceOrganisations,
  occurrences,
  processes,
  questionReformulations,
  reminders,
} from '../schema/index.js';
import { cycleEventsFor, eachBackend } from '../testing/index.js';
import { applyCycleEvents } from './apply.js';

eachBackend('applyCycleEvents', (current) => {
  /** Rows of each table the cycle owns, and its audit entries and applied events. */
  async function rowCounts(cycleId: string) {
    const { db } = current();
    const [
      process,
      occurrence,
      organisations,
      caseCodes,
      questions,
      wordings,
      checkpoint,
      evaluation,
      goals,
      outbox,
    ] = await Promise.all([
      db.$count(processes, eq(processes.workflowId, cycleId)),
      db.$count(occurrences, eq(occurrences.processId, cycleId)),
      db.$count(occurrenceOrganisations, eq(occurrenceOrganisations.processId, cycleId)),
      db.$count(occurrenceCases, eq(occurrenceCases.processId, cycleId)),
      db.$count(learningQuestions, eq(learningQuestions.processId, cycleId)),
      db.$count(questionReformulations, eq(questionReformulations.processId, cycleId)),
      db.$count(checkpoints, eq(checkpoints.processId, cycleId)),
      db.$count(evaluations, eq(evaluations.processId, cycleId)),
      db.$count(developmentGoals, eq(developmentGoals.processId, cycleId)),
      db.$count(reminders, eq(reminders.processId, cycleId)),
    ]);
    const audit = await db.$count(auditLog, like(auditLog.recordId, `${cycleId}%`));
    const applied = await db.$count(appliedEvents, like(appliedEvents.eventId, `${cycleId}#%`));
    return {
      process,
      occurrence,
      organisations,
      caseCodes,
      questions,
      wordings,
      checkpoint,
      evaluation,
      goals,
      outbox,
      audit,
      applied,
    };
  }

  function aWholeCycle(programmeId: string) {
    const events = cycleEventsFor(programmeId, 1);
    return {
      cycleId: events.cycleId,
      list: [
        events.cycle(),
        events.heldSession('2026-01-08', 'West', {
          organisations: ['Jeugdhulp Noord', 'Basisschool De Wilg'],
          caseCodes: ['W-2026-001'],
        }),
        events.question({ number: 1, text: 'Hoe werken we samen met school?' }),
        events.question({
          number: 1,
          text: 'Hoe betrekken we de school vroeg bij een casus?',
          reformulations: [
            { text: 'Hoe werken we samen met school?', at: '2026-01-15T15:00:00.000Z', by: 'chris.monitor' },
          ],
        }),
        events.checkpoint({
          status: 'submitted',
          remindersSent: [
            {
              id: 'r1',
              checkpointId: 'checkpoint-1',
              kind: 'before',
              at: '2026-03-27T08:00:00.000Z',
              recipient: 'bram.coordinator',
              sentBy: null,
            },
          ],
          evaluation: {
            checkpointId: 'checkpoint-1',
            sharpenedQuestions: [{ questionNumber: 1, text: 'Wanneer schuift school aan?' }],
            developmentGoals: [
              { text: 'School schuift aan bij elke nieuwe casus', owner: 'bram.coordinator' },
              { text: 'Een vast aanspreekpunt per school', owner: null },
            ],
            notes: '',
            submittedBy: 'bram.coordinator',
            submittedAt: '2026-04-02T10:00:00.000Z',
          },
        }),
        events.reminder('checkpoint-1#2', '2026-04-06T15:00:00.000Z'),
      ],
    };
  }

  it('writes each snapshot by its natural key, with an audit entry per event', async () => {
    const { db } = current();
    const cycle = aWholeCycle('alles');
    expect(await applyCycleEvents(db, cycle.list)).toBe(6);

    expect(await rowCounts(cycle.cycleId)).toEqual({
      process: 1,
      occurrence: 1,
      organisations: 2,
      caseCodes: 1,
      questions: 1,
      wordings: 1,
      checkpoint: 1,
      evaluation: 1,
      goals: 2,
      outbox: 1,
      audit: 6,
      applied: 6,
    });
    const [process] = await db.select().from(processes).where(eq(processes.workflowId, cycle.cycleId));
    expect(process).toMatchObject({
      programmeId: 'alles',
      number: 1,
      status: 'running',
      districts: ['West', 'Zuid'],
      startsOn: '2026-01-05',
    });
    const [occurrence] = await db.select().from(occurrences).where(eq(occurrences.processId, cycle.cycleId));
    expect(occurrence).toMatchObject({
      status: 'held',
      swtProfessionals: 6,
      partnerProfessionals: 2,
      parentsOrGuardians: 0,
      questionNumbers: [1],
    });
    const [question] = await db
      .select()
      .from(learningQuestions)
      .where(eq(learningQuestions.processId, cycle.cycleId));
    expect(question!.text).toBe('Hoe betrekken we de school vroeg bij een casus?');
    const [outbox] = await db.select().from(reminders).where(eq(reminders.processId, cycle.cycleId));
    expect(outbox).toMatchObject({ reminderId: 'checkpoint-1#2', recipient: 'bram.coordinator' });
    // Its e-mail is queued with it, for the owner, named after the reminder.
    const [mail] = await db
      .select()
      .from(messages)
      .where(eq(messages.id, `checkpointReminder:${cycle.cycleId}#checkpoint-1#2`));
    expect(mail).toMatchObject({
      recipient: 'bram.coordinator',
      kind: 'checkpointReminder',
      mandatory: true,
      state: 'queued',
      subject: 'Te laat: evaluatie ‘Gezamenlijke evaluatie’',
    });
    const [checkpoint] = await db.select().from(checkpoints).where(eq(checkpoints.processId, cycle.cycleId));
    expect(checkpoint).toMatchObject({ status: 'submitted', remindersSent: 1 });

    const audit = await db
      .select()
      .from(auditLog)
      .where(like(auditLog.recordId, `${cycle.cycleId}%`))
      .orderBy(auditLog.id);
    expect(audit.map((entry) => [entry.actor, entry.action, entry.recordType])).toEqual([
      ['anna.projectleider', 'cycleUpdated', 'cycle'],
      ['chris.monitor', 'occurrenceUpdated', 'occurrence'],
      ['chris.monitor', 'questionUpdated', 'learningQuestion'],
      ['chris.monitor', 'questionUpdated', 'learningQuestion'],
      ['system', 'checkpointUpdated', 'checkpoint'],
      ['system', 'reminderQueued', 'reminder'],
    ]);
    expect(audit[1]!.recordId).toBe(`${cycle.cycleId}#learningSession:west:2026-01-08`);
    expect(audit[0]!.details).toEqual({ eventId: `${cycle.cycleId}#1` });
  });

  it('writes nothing the second time the same events arrive', async () => {
    const { db } = current();
    const cycle = aWholeCycle('tweemaal');
    await applyCycleEvents(db, cycle.list);
    const once = await rowCounts(cycle.cycleId);
    expect(await applyCycleEvents(db, cycle.list)).toBe(0);
    expect(await createRecordActivities(db).recordCycleEvents(cycle.list)).toBeUndefined();
    expect(await rowCounts(cycle.cycleId)).toEqual(once);
  });

  it('queues a reminder’s e-mail once, and a sent one stays sent when the same reminder comes again', async () => {
    const { db } = current();
    const events = cycleEventsFor('bezorgd', 1);
    await applyCycleEvents(db, [
      events.cycle(),
      events.checkpoint({ status: 'overdue' }),
      events.reminder('checkpoint-1#3', '2026-04-09T15:00:00.000Z'),
    ]);
    const id = `checkpointReminder:${events.cycleId}#checkpoint-1#3`;
    const [queued] = await db.select().from(messages).where(eq(messages.id, id));
    // What the e-mail will say comes from the record: the checkpoint's due moment and the cycle's zone.
    expect(queued!.payload).toMatchObject({
      processId: events.cycleId,
      dueAt: '2026-04-03T15:00:00.000Z',
      timeZone: 'Europe/Amsterdam',
      reminderKind: 'overdue',
    });
    const sentAt = new Date('2026-04-09T15:01:00.000Z');
    await db.update(messages).set({ state: 'sent', sentAt }).where(eq(messages.id, id));
    await applyCycleEvents(db, [events.reminder('checkpoint-1#3', '2026-04-09T15:00:00.000Z')]);
    const rows = await db
      .select()
      .from(messages)
      .where(like(messages.id, `%${events.cycleId}#%`));
    expect(rows.map((row) => [row.state, row.sentAt])).toEqual([['sent', sentAt]]);
  });

  it('writes every event once when the activity is retried after Postgres failed halfway', async () => {
    const { db } = current();
    const cycle = aWholeCycle('opnieuw');
    // The server fails every occurrence for a while, as it does going down halfway through the batch.
    await db.execute(
      sql.raw(`create function fail_for_now() returns trigger language plpgsql as $$
        begin raise exception 'the server is going down' using errcode = '57P01'; end $$`),
    );
    await db.execute(
      sql`create trigger fail_for_now before insert on occurrences for each row execute function fail_for_now()`,
    );
    try {
      await expect(applyCycleEvents(db, cycle.list)).rejects.toThrow();
      await expect(createRecordActivities(db).recordCycleEvents(cycle.list)).rejects.not.toBeInstanceOf(
        ApplicationFailure,
      );
    } finally {
      await db.execute(sql`drop trigger fail_for_now on occurrences`);
      await db.execute(sql`drop function fail_for_now`);
    }
    // The batch stopped there: the retry takes it up from the event that failed, in order.
    expect(await rowCounts(cycle.cycleId)).toMatchObject({ process: 1, occurrence: 0, audit: 1, applied: 1 });

    expect(await applyCycleEvents(db, cycle.list)).toBe(5);
    expect(await rowCounts(cycle.cycleId)).toMatchObject({
      process: 1,
      occurrence: 1,
      questions: 1,
      audit: 6,
      applied: 6,
    });
  });

  it('writes the rest of the batch when the record refuses an event, then fails for good naming it', async () => {
    const { db } = current();
    const cycle = aWholeCycle('ongeldig');
    const [header, session, ...rest] = cycle.list;
    // An attendance no integer column holds: Postgres refuses it (22003) however often it is sent.
    const refused = structuredClone(session!) as Extract<CycleRecordEvent, { type: 'occurrenceUpdated' }>;
    refused.occurrence.record!.attendance.swtProfessionals = 2 ** 40;
    const list = [header!, refused, ...rest];

    const failure = await createRecordActivities(db)
      .recordCycleEvents(list)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'InvalidRecordData', nonRetryable: true });
    const details = (failure as ApplicationFailure).details as { eventId: string; reason: string }[];
    expect(details.map((detail) => detail.eventId)).toEqual([refused.eventId]);
    expect(details[0]!.reason).toContain('SQLSTATE 22003');
    expect((failure as ApplicationFailure).message).toMatch(new RegExp(`^event ${refused.eventId}: `));
    expect(await rowCounts(cycle.cycleId)).toMatchObject({
      process: 1,
      occurrence: 0,
      questions: 1,
      checkpoint: 1,
      outbox: 1,
      applied: 5,
    });
  });

  it('writes once when two attempts of the same activity run at the same time', async () => {
    const { db } = current();
    const cycle = aWholeCycle('tegelijk');
    const [first, second] = await Promise.all([
      applyCycleEvents(db, cycle.list),
      applyCycleEvents(db, cycle.list),
    ]);
    expect(first + second).toBe(6);
    expect(await rowCounts(cycle.cycleId)).toMatchObject({
      process: 1,
      occurrence: 1,
      organisations: 2,
      questions: 1,
      goals: 2,
      outbox: 1,
      audit: 6,
      applied: 6,
    });
  });

  it('keeps the first-recorded time of a process and replaces the rest of it', async () => {
    const { db } = current();
    const events = cycleEventsFor('vervangen', 2);
    const started = events.cycle();
    await applyCycleEvents(db, [
      started,
      events.cycle({ status: 'closed', overdueCheckpoints: 1, nextEventAt: null }),
    ]);
    const [row] = await db.select().from(processes).where(eq(processes.workflowId, events.cycleId));
    expect(row).toMatchObject({
      status: 'closed',
      overdueCheckpoints: 1,
      nextEventAt: null,
      firstRecordedAt: new Date(started.at),
    });
  });
});
