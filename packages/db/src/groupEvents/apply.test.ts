import { eq, like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Checkpoint, GroupRecordEvent, GroupRecordHeader } from '@leercyclus/domain';
import { createRecordActivities } from '../activities.js';
import { appliedEvents, auditLog, checkpoints, processes, reminders } from '../schema/index.js';
import { eachBackend } from '../testing/index.js';
import { applyGroupEvents } from './apply.js';
import { listGroups } from './list.js';

function groupEventsFor(slug: string, programmeId: string | null) {
  const groupId = `group/${slug}`;
  let sequence = 0;
  const stamp = (actor: string) => {
    sequence += 1;
    return {
      eventId: `${groupId}#${sequence}`,
      groupId,
      at: `2026-02-0${Math.min(sequence, 9)}T10:00:00.000Z`,
      actor,
    };
  };
  const header = (change: Partial<GroupRecordHeader> = {}): GroupRecordHeader => ({
    slug,
    programmeId,
    question: 'Hoe komen we met school eerder tot een aanpak?',
    theme: 'verklarende analyse',
    startsOn: '2026-02-02',
    endsOn: '2026-06-01',
    timeZone: 'Europe/Amsterdam',
    status: 'running',
    overdueCheckpoints: 0,
    nextEventAt: '2026-02-05T14:00:00.000Z',
    ...change,
  });
  const checkpoint = (change: Partial<Checkpoint> = {}): Checkpoint => ({
    id: 'checkpoint-1',
    title: 'Tussenevaluatie',
    owner: 'bram.coordinator',
    dueAt: '2026-03-06T16:00:00.000Z',
    cadence: { daysBefore: [7, 0], overdueEveryDays: 3 },
    status: 'pending',
    slotsHandled: 0,
    remindersSent: [],
    evaluation: null,
    ...change,
  });
  const reminder = {
    id: 'checkpoint-1/reminder-1',
    checkpointId: 'checkpoint-1',
    kind: 'overdue' as const,
    at: '2026-03-09T16:00:00.000Z',
    recipient: 'bram.coordinator',
    sentBy: null,
  };
  const list: GroupRecordEvent[] = [
    { ...stamp('anna.projectleider'), type: 'groupUpdated', group: header() },
    { ...stamp('anna.projectleider'), type: 'checkpointUpdated', checkpoint: checkpoint() },
    {
      ...stamp('chris.monitor'),
      type: 'memberUpdated',
      member: {
        id: 'member-1',
        userId: 'chris.monitor',
        displayName: null,
        organisation: 'SWT West',
        role: 'facilitator',
        memberships: [{ joinedOn: '2026-02-02', leftOn: null, leftReason: null }],
        active: true,
        iterations: [1],
      },
    },
    {
      ...stamp('chris.monitor'),
      type: 'stepConcluded',
      iteration: 1,
      step: {
        step: 'formulate',
        conclusion: 'Vraag aangescherpt',
        concludedAt: '2026-02-05T15:00:00.000Z',
        concludedBy: 'chris.monitor',
        meetingId: null,
        question: null,
        goal: null,
        action: null,
        changed: null,
      },
    },
    {
      ...stamp('system'),
      type: 'checkpointUpdated',
      checkpoint: checkpoint({ status: 'overdue', slotsHandled: 3, remindersSent: [reminder] }),
    },
    { ...stamp('system'), type: 'reminderQueued', reminder, checkpointTitle: 'Tussenevaluatie' },
    { ...stamp('system'), type: 'groupUpdated', group: header({ overdueCheckpoints: 1 }) },
  ];
  return { groupId, list };
}

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
  });
});
