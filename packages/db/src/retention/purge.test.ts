import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PurgeRequest } from '@leercyclus/domain';
import type { Db } from '../database.js';
import { applyGroupEvents } from '../groupEvents/apply.js';
import { caseStats } from '../repositories/caseStats.js';
import { startSession } from '../repositories/sessions.js';
import {
  auditLog,
  cases,
  evaluations,
  groupObstacles,
  groupOutcomes,
  learningQuestions,
  messages,
  occurrenceCases,
  occurrences,
  processes,
  questionReformulations,
  reminders,
  signInSessions,
} from '../schema/index.js';
import {
  aCycleWithTexts,
  aProgramme,
  developmentPeople,
  eachBackend,
  groupEventsFor,
  seedPeople,
} from '../testing/index.js';
import { purgeExpired } from './purge.js';

const year = 365;

/** The retention run's audit entries for one kind, oldest first. */
const purgeEntries = (db: Db, kind: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'purge'), eq(auditLog.recordId, kind)))
    .orderBy(auditLog.id);

/**
 * Three programmes: `oud` with a cycle closed in April 2026 and one in September, and a group completed in May;
 * `lopend` with a cycle still running; each cycle's texts name its case.
 */
eachBackend('retention', (current) => {
  const purge = (request: PurgeRequest) => purgeExpired(current().db, request);

  beforeAll(async () => {
    const { db } = current();
    await seedPeople(db, developmentPeople);
    await aProgramme(db, 'oud');
    await aProgramme(db, 'lopend');
    await aCycleWithTexts(db, 'oud', { number: 1, closedAt: '2026-04-04T15:00:00.000Z', caseCode: 'W-01' });
    await aCycleWithTexts(db, 'oud', { number: 2, closedAt: '2026-09-01T15:00:00.000Z', caseCode: 'W-02' });
    await aCycleWithTexts(db, 'lopend', { closedAt: null, caseCode: 'L-01' });
    const group = groupEventsFor('samen-school', 'oud');
    await applyGroupEvents(db, [
      ...group.list,
      group.obstacle(),
      group.completed(group.outcome('cycle/oud/1', 1)),
      group.updated({ status: 'closed', nextEventAt: null }),
    ]);
  });

  describe('session notes, a year after their cycle closed', () => {
    const run = { kind: 'sessionNotes', days: year, at: '2027-06-01T01:00:00.000Z' } as const;

    it('blanks the working texts of the cycle closed before, keeps its counts, and audits how many', async () => {
      const { db } = current();
      const sent = (cycleId: string, at: string) =>
        db
          .update(messages)
          .set({ state: 'sent', sentAt: new Date(at) })
          .where(like(messages.id, `%${cycleId}#%`));
      await sent('cycle/oud/1', '2026-04-06T07:01:00.000Z');
      await sent('cycle/lopend/1', '2026-09-01T07:01:00.000Z');
      const result = await purge(run);
      expect(result.before).toBe('2026-06-01T01:00:00.000Z');
      expect(result.purged).toEqual({
        occurrences: 2,
        evaluations: 1,
        question_reformulations: 1,
        processes: 1,
        // The cycle's, and the completed group's.
        reminders: 2,
        // The e-mail of the reminder sent before; the one sent since stays.
        messages: 1,
      });
      expect(await db.$count(messages, like(messages.id, '%cycle/oud/1#%'))).toBe(0);
      expect(await db.$count(messages, like(messages.id, '%cycle/lopend/1#%'))).toBe(1);

      const sessions = await db.select().from(occurrences).where(eq(occurrences.processId, 'cycle/oud/1'));
      expect(sessions.map((s) => [s.status, s.notes, s.change?.reason ?? null, s.swtProfessionals])).toEqual(
        expect.arrayContaining([
          ['held', null, null, 6],
          ['cancelled', null, '', null],
        ]),
      );
      const [evaluation] = await db
        .select()
        .from(evaluations)
        .where(eq(evaluations.processId, 'cycle/oud/1'));
      expect([evaluation!.notes, evaluation!.sharpenedQuestions]).toEqual(['', []]);
      expect(
        await db.$count(questionReformulations, eq(questionReformulations.processId, 'cycle/oud/1')),
      ).toBe(0);
      expect(await db.$count(reminders, eq(reminders.processId, 'cycle/oud/1'))).toBe(0);
      const [closed] = await db.select().from(processes).where(eq(processes.workflowId, 'cycle/oud/1'));
      expect([closed!.status, closed!.closeReason]).toEqual(['closed', '']);
      // The agenda and the case links are not this kind's.
      expect(await db.$count(occurrenceCases, eq(occurrenceCases.processId, 'cycle/oud/1'))).toBe(1);
      const [question] = await db
        .select()
        .from(learningQuestions)
        .where(eq(learningQuestions.processId, 'cycle/oud/1'));
      expect(question!.text).toContain('W-01');

      const [entry] = await purgeEntries(db, 'sessionNotes');
      expect(entry).toMatchObject({ actor: 'system:retention', recordType: 'retention' });
      expect(entry!.details).toEqual({ before: result.before, days: year, rows: 8, purged: result.purged });
      expect(JSON.stringify(entry)).not.toContain('W-01');
    });

    it('keeps the notes of a cycle closed since, and of one still running', async () => {
      const { db } = current();
      for (const cycleId of ['cycle/oud/2', 'cycle/lopend/1']) {
        const [held] = await db
          .select()
          .from(occurrences)
          .where(and(eq(occurrences.processId, cycleId), eq(occurrences.status, 'held')));
        expect(held!.notes, cycleId).toMatch(/besproken/);
        expect(await db.$count(reminders, eq(reminders.processId, cycleId)), cycleId).toBe(1);
      }
    });

    it('finds nothing more when run again, and writes no entry for nothing', async () => {
      const { db } = current();
      const again = await purge(run);
      expect(Object.values(again.purged).every((n) => n === 0)).toBe(true);
      expect(await purgeEntries(db, 'sessionNotes')).toHaveLength(1);
    });
  });

  describe("the learning agenda, years after the programme's evaluation", () => {
    it('waits for the last cycle of the programme: its evaluation is the latest close', async () => {
      const result = await purge({ kind: 'agenda', days: year, at: '2027-06-01T01:00:00.000Z' });
      expect(Object.values(result.purged).every((n) => n === 0)).toBe(true);
    });

    it("then blanks the programme's agenda and a group's texts, keeping each question's category and status", async () => {
      const { db } = current();
      const result = await purge({ kind: 'agenda', days: year, at: '2027-10-01T01:00:00.000Z' });
      expect(result.purged).toMatchObject({
        learning_questions: 2,
        question_versions: 2,
        question_actions: 2,
        question_action_effects: 2,
        development_goals: 2,
        escalations: 2,
        decisions: 2,
        group_obstacles: 1,
        group_outcomes: 1,
        processes: 1,
      });
      const questions = await db
        .select()
        .from(learningQuestions)
        .where(eq(learningQuestions.processId, 'cycle/oud/2'));
      expect(questions.map((q) => [q.number, q.text, q.lesson, q.category, q.status, q.escalation])).toEqual([
        [1, '', null, 'collaborationWithPartners', 'answered', null],
      ]);
      const [group] = await db.select().from(processes).where(eq(processes.workflowId, 'group/samen-school'));
      expect(group!.title).toBe('samen-school');
      const [obstacle] = await db.select().from(groupObstacles);
      expect([obstacle!.text, obstacle!.status]).toEqual(['', 'open']);
      expect(await db.$count(groupOutcomes)).toBe(0);

      const running = await db
        .select()
        .from(learningQuestions)
        .where(eq(learningQuestions.processId, 'cycle/lopend/1'));
      expect(running[0]!.text).toContain('L-01');
      const [entry] = await purgeEntries(db, 'agenda');
      expect(entry!.details).toMatchObject({ purged: result.purged });
    });
  });

  describe("case records, years after the programme's evaluation", () => {
    it('anonymises the cases of an evaluated programme: the figures stay, the codes go', async () => {
      const { db } = current();
      const actor = { userId: 'anna.projectleider' };
      const figuresBefore = await caseStats(db, actor, { programmeId: 'oud' });
      expect(await purge({ kind: 'cases', days: 2 * year, at: '2028-06-01T01:00:00.000Z' })).toMatchObject({
        purged: { cases: 0 },
      });

      const result = await purge({ kind: 'cases', days: 2 * year, at: '2030-01-01T01:00:00.000Z' });
      expect(result.purged).toMatchObject({ cases: 2, occurrence_cases: 2 });
      const figuresAfter = await caseStats(db, actor, { programmeId: 'oud' });
      const withoutCodes = ({ avoidedCost: { perCase, ...cost }, ...rest }: typeof figuresBefore) => ({
        ...rest,
        cost,
        amounts: perCase.map((c) => c.avoidedEur),
      });
      expect(withoutCodes(figuresAfter)).toEqual(withoutCodes(figuresBefore));
      const anonymised = await db.select().from(cases).where(eq(cases.programmeId, 'oud'));
      expect(anonymised.map((c) => [c.code, c.notes, c.anonymisedAt?.toISOString()])).toEqual(
        anonymised.map((c) => [`#${c.id}`, null, '2030-01-01T01:00:00.000Z']),
      );
      // The first cycle's session brought in W-01, the case registered first.
      const links = await db
        .select()
        .from(occurrenceCases)
        .where(eq(occurrenceCases.processId, 'cycle/oud/1'));
      expect(links.map((l) => l.caseCode)).toEqual([`#${Math.min(...anonymised.map((c) => c.id))}`]);

      const [running] = await db.select().from(cases).where(eq(cases.programmeId, 'lopend'));
      expect([running!.code, running!.anonymisedAt]).toEqual(['L-01', null]);
      expect((await purgeEntries(db, 'cases'))[0]!.details).toMatchObject({ purged: result.purged });
    });
  });

  describe('sign-in leftovers, a month after their end', () => {
    it('deletes sessions unused for the period and keeps those in use', async () => {
      const { db } = current();
      await startSession(db, 'eva.deelnemer', 'password', new Date('2026-01-01T09:00:00.000Z'));
      await startSession(db, 'bram.coordinator', 'password', new Date('2026-11-20T09:00:00.000Z'));
      const result = await purge({ kind: 'signIn', days: 30, at: '2026-12-01T00:00:00.000Z' });
      expect(result.purged).toMatchObject({ sign_in_sessions: 1 });
      expect((await db.select().from(signInSessions)).map((s) => s.personId)).toEqual(['bram.coordinator']);
    });
  });

  describe('the audit trail', () => {
    it('is only counted: the record’s own role may not delete from it', async () => {
      const { db } = current();
      const entries = await db.$count(auditLog);
      const result = await purge({ kind: 'auditTrail', days: 1, at: '2099-01-01T00:00:00.000Z' });
      expect(result).toMatchObject({ purged: {}, awaitingOwner: entries });
      expect(await db.$count(auditLog)).toBe(entries);
    });
  });
});
