import type { Decision, EscalationItem, EscalationSource } from '@leercyclus/domain';

/** Where an escalation came from: a cycle's question (by number) or checkpoint, or a group's obstacle. */
export function escalationSource(
  kind: EscalationSource['kind'],
  processId: string,
  programmeId: string | null,
  ref: number | string,
): EscalationSource {
  return {
    kind,
    processId,
    programmeId,
    questionNumber: kind === 'cycleQuestion' ? Number(ref) : null,
    checkpointId: kind === 'cycleCheckpoint' ? String(ref) : null,
    obstacleId: kind === 'groupObstacle' ? String(ref) : null,
  };
}

/** A management table's decision, by default an acceptance. */
export function aDecision(outcome: Decision['outcome'] = 'accepted'): Decision {
  return {
    outcome,
    text: 'De gemeente regelt het.',
    decidedBy: 'dana.management',
    decidedAt: '2026-03-20T14:00:00.000Z',
    table: 'mt-jeugd',
  };
}

/** An escalation as its table holds it once it has answered it. */
export function anAnsweredEscalation(id: string, source: EscalationSource): EscalationItem {
  return {
    id,
    table: 'mt-jeugd',
    source,
    text: 'Wie betaalt de praktijkondersteuner?',
    why: 'Dat beslist de gemeente.',
    raisedBy: 'chris.monitor',
    raisedAt: '2026-03-01T10:00:00.000Z',
    history: [],
    receivedAt: '2026-03-01T10:00:01.000Z',
    dueAt: '2026-04-01T13:00:00.000Z',
    status: 'answered',
    remindersSent: [],
    decision: aDecision(),
  };
}
