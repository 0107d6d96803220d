import { eq, like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createRecordActivities } from '../activities.js';
import { outcomesFor } from '../repositories/groupOutcomes.js';
import {
  appliedEvents,
  auditLog,
  checkpoints,
  groupObstacles,
  processes,
  reminders,
} from '../schema/index.js';
import { recordGroupOutcome } from './outcome.js';
import { eachBackend, groupEventsFor } from '../testing/index.js';
import { applyGroupEvents } from './apply.js';
import { listGroups, recordedGroupQuestion } from '../repositories/groups.js';

eachBackend('applyGroupEvents', (current) => {
  it('writes the group as a process with its checkpoints and reminders, each event once', async () => {
    const { db } = current();
    const { groupId, list } = groupEventsFor('alg-een', 'proeftuin');
    expect(await applyGroupEvents(db, list)).toBe(7);
    expect(await applyGroupEvents(db, list)).toBe(0);
    await createRecordActivities(db).recordGroupEvents(list);

    const [process] = await db.select().from(processes).where(eq(processes.workflowId, groupId));
    expect(process).toMatchObject({
      kind: 'actionLearningGroup',
      programmeId: 'proeftuin',
      number: null,
      title: 'Hoe komen we met school eerder tot een aanpak?',
      districts: [],
      overdueCheckpoints: 1,
      firstRecordedAt: new Date('2026-02-01T10:00:00.000Z'),
    });
    const [checkpoint] = await db.select().from(checkpoints).where(eq(checkpoints.processId, groupId));
    expect(checkpoint).toMatchObject({ status: 'overdue', remindersSent: 1, owner: 'bram.coordinator' });
    expect(await db.$count(reminders, eq(reminders.processId, groupId))).toBe(1);
    expect(await db.$count(appliedEvents, like(appliedEvents.eventId, `${groupId}#%`))).toBe(7);
    const audit = await db
      .select()
      .from(auditLog)
      .where(like(auditLog.recordId, `${groupId}%`))
      .orderBy(auditLog.id);
    expect(audit.map((entry) => [entry.action, entry.recordType, entry.recordId])).toEqual([
      ['groupUpdated', 'actionLearningGroup', groupId],
      ['checkpointUpdated', 'checkpoint', `${groupId}#checkpoint-1`],
      ['memberUpdated', 'groupMember', `${groupId}#member-1`],
      ['stepConcluded', 'groupStep', `${groupId}#iteration-1/formulate`],
      ['checkpointUpdated', 'checkpoint', `${groupId}#checkpoint-1`],
      ['reminderQueued', 'reminder', `${groupId}#checkpoint-1/reminder-1`],
      ['groupUpdated', 'actionLearningGroup', groupId],
    ]);
  });

  it('lists groups apart from cycles, a group outside any programme with no programme', async () => {
    const { db } = current();
    await applyGroupEvents(db, groupEventsFor('alg-los', null).list);
    const groups = await listGroups(db);
    expect(groups.map((g) => [g.slug, g.programmeId, g.overdueCheckpoints])).toEqual(
      expect.arrayContaining([
        ['alg-los', null, 1],
        ['alg-een', 'proeftuin', 1],
      ]),
    );
    expect(await listGroups(db, { programmeId: 'proeftuin' })).toHaveLength(1);
    expect(await listGroups(db, { status: 'closed' })).toEqual([]);
    // What a conflicting launch names, now that the memo holds ids only.
    expect(await recordedGroupQuestion(db, 'group/alg-los')).toBe(
      'Hoe komen we met school eerder tot een aanpak?',
    );
    expect(await recordedGroupQuestion(db, 'group/nog-niet-vastgelegd')).toBeNull();
  });

  it('keeps each obstacle as last reported, and the outcome a completed group sends back', async () => {
    const { db } = current();
    const group = groupEventsFor('alg-uitkomst', 'proeftuin');
    const outcome = group.outcome('cycle/proeftuin/1', 2);
    const escalation = group.obstacleEscalation;
    await applyGroupEvents(db, [
      ...group.list,
      group.obstacle(),
      group.obstacle({ status: 'escalated', escalation }),
      group.completed(outcome),
    ]);
    expect(await db.select().from(groupObstacles).where(eq(groupObstacles.processId, group.groupId))).toEqual(
      [expect.objectContaining({ obstacleId: 'obstacle-1', status: 'escalated', escalation })],
    );
    expect(await outcomesFor(db, [{ cycleId: 'cycle/proeftuin/1', questionNumber: 2 }])).toEqual([outcome]);
    expect(await outcomesFor(db, [{ cycleId: 'cycle/proeftuin/1', questionNumber: 3 }])).toEqual([]);
  });

  it('stores an outcome before it is delivered, once, and the completion after it changes nothing', async () => {
    const { db } = current();
    const group = groupEventsFor('alg-eerst', 'proeftuin');
    const outcome = group.outcome('cycle/proeftuin/4', 1);
    await recordGroupOutcome(db, outcome);
    await recordGroupOutcome(db, outcome);
    await applyGroupEvents(db, [...group.list, group.completed(outcome)]);
    expect(await outcomesFor(db, [{ cycleId: 'cycle/proeftuin/4', questionNumber: 1 }])).toEqual([outcome]);
    const stored = await db.select().from(auditLog).where(eq(auditLog.recordId, outcome.outcomeId));
    expect(stored.map((entry) => [entry.action, entry.actor])).toEqual([
      ['groupOutcomeStored', 'chris.monitor'],
    ]);
  });
});
