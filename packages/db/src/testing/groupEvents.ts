import type {
  Checkpoint,
  GroupOutcome,
  GroupRecordEvent,
  GroupRecordHeader,
  Obstacle,
} from '@leercyclus/domain';

/**
 * Events as an action-learning group's workflow would hand them to the record: `list` from its launch to an
 * overdue checkpoint; the others made on demand, numbered on from there.
 */
export function groupEventsFor(slug: string, programmeId: string | null) {
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
  const obstacle = (change: Partial<Obstacle> = {}): GroupRecordEvent => ({
    ...stamp('chris.monitor'),
    type: 'obstacleUpdated',
    obstacle: {
      id: 'obstacle-1',
      text: 'Geen budget voor vervanging tijdens de bijeenkomsten',
      level: 'organisation',
      raisedBy: 'chris.monitor',
      raisedAt: '2026-02-12T10:00:00.000Z',
      iteration: 1,
      status: 'open',
      escalation: null,
      ...change,
    },
  });
  const outcome = (cycleId: string, questionNumber: number): GroupOutcome => ({
    outcomeId: `${groupId}/outcome`,
    groupId,
    groupSlug: slug,
    programmeId,
    cycleId,
    questionNumber,
    question: 'Hoe komen we met school eerder tot een aanpak?',
    theme: 'verklarende analyse',
    lessons: ['School schuift aan bij de eerste bespreking.'],
    embedded: ['vaste uitnodiging aan school'],
    notEmbedded: [],
    iterationsCompleted: 2,
    completedAt: '2026-05-28T14:00:00.000Z',
    completedBy: 'chris.monitor',
  });
  const completed = (sent: GroupOutcome | null): GroupRecordEvent => ({
    ...stamp('chris.monitor'),
    type: 'groupCompleted',
    completion: {
      at: '2026-05-28T14:00:00.000Z',
      by: 'chris.monitor',
      embedded: ['vaste uitnodiging aan school'],
      notEmbedded: [],
      lessons: ['School schuift aan bij de eerste bespreking.'],
      iterationsCompleted: 2,
      lessonReturn: null,
    },
    outcome: sent,
  });
  const updated = (change: Partial<GroupRecordHeader>): GroupRecordEvent => ({
    ...stamp('system'),
    type: 'groupUpdated',
    group: header(change),
  });
  /** The first obstacle's escalation to a management table, not answered yet. */
  const obstacleEscalation = {
    id: `${groupId}/obstacle-1@2026-02-13T10:00:00.000Z`,
    table: 'mt-jeugd',
    why: 'Vervanging regelt de organisatie.',
    raisedAt: '2026-02-13T10:00:00.000Z',
    raisedBy: 'chris.monitor',
    decision: null,
  };
  return { groupId, list, updated, obstacle, obstacleEscalation, outcome, completed };
}
