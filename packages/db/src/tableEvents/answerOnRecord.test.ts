import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Decision, EscalationAnswer } from '@leercyclus/domain';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { applyGroupEvents } from '../groupEvents/apply.js';
import { checkpointsOf } from '../repositories/checkpointRecord.js';
import { auditLog, groupObstacles } from '../schema/index.js';
import { cycleEventsFor, eachBackend, groupEventsFor } from '../testing/index.js';
import { recordAnswerAtSource } from './answerOnRecord.js';

const decision = (outcome: Decision['outcome']): Decision => ({
  outcome,
  text: 'De gemeente regelt het.',
  decidedBy: 'dana.management',
  decidedAt: '2026-05-06T14:00:00.000Z',
  table: 'mt-jeugd',
});

eachBackend('a decision for a closed process, on its row in the record', (current) => {
  it("lands on the closed cycle's overdue checkpoint, once", async () => {
    const { db } = current();
    const events = cycleEventsFor('gesloten', 1);
    const escalation = {
      id: `${events.cycleId}/checkpoint-1`,
      table: 'mt-jeugd',
      raisedAt: '2026-04-17T15:00:00.000Z',
      decision: null,
    };
    await applyCycleEvents(db, [
      events.cycle(),
      events.checkpoint({ status: 'overdue', escalatedAt: escalation.raisedAt, escalation }),
      events.cycle({ status: 'closed' }),
    ]);
    const answer: EscalationAnswer = {
      escalationId: escalation.id,
      source: {
        kind: 'cycleCheckpoint',
        processId: events.cycleId,
        programmeId: 'gesloten',
        questionNumber: null,
        checkpointId: 'checkpoint-1',
        obstacleId: null,
      },
      decision: decision('accepted'),
    };
    expect(await recordAnswerAtSource(db, 'table/mt-jeugd#7', answer)).toBe(true);
    expect(await recordAnswerAtSource(db, 'table/mt-jeugd#7', answer)).toBe(true);
    const [checkpoint] = await checkpointsOf(db, events.cycleId);
    expect(checkpoint!.escalation).toEqual({ ...escalation, decision: answer.decision });
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.recordId, `${events.cycleId}#checkpoint-1`));
    expect(audit.filter((entry) => entry.action === 'answerRecordedAtSource')).toEqual([
      expect.objectContaining({
        actor: 'dana.management',
        details: { eventId: 'table/mt-jeugd#7/at-source' },
      }),
    ]);
  });

  it("reopens a completed group's obstacle on 'needs information', as the group would have", async () => {
    const { db } = current();
    const group = groupEventsFor('alg-gesloten', 'gesloten');
    const escalation = {
      id: `${group.groupId}/obstacle-1@2026-02-13T10:00:00.000Z`,
      table: 'mt-jeugd',
      why: 'Vervanging regelt de organisatie.',
      raisedAt: '2026-02-13T10:00:00.000Z',
      raisedBy: 'chris.monitor',
      decision: null,
    };
    await applyGroupEvents(db, [
      ...group.list,
      group.obstacle({ status: 'escalated', escalation }),
      group.completed(null),
    ]);
    const answer: EscalationAnswer = {
      escalationId: escalation.id,
      source: {
        kind: 'groupObstacle',
        processId: group.groupId,
        programmeId: 'gesloten',
        questionNumber: null,
        checkpointId: null,
        obstacleId: 'obstacle-1',
      },
      decision: decision('needsInformation'),
    };
    await recordAnswerAtSource(db, 'table/mt-jeugd#8', answer);
    const [obstacle] = await db
      .select()
      .from(groupObstacles)
      .where(and(eq(groupObstacles.processId, group.groupId), eq(groupObstacles.obstacleId, 'obstacle-1')));
    expect(obstacle).toMatchObject({
      status: 'open',
      escalation: { ...escalation, decision: answer.decision },
    });
  });

  it("leaves a question's answer to the cycle that carried the question over", async () => {
    const answer: EscalationAnswer = {
      escalationId: 'cycle/gesloten/1/question-1@2026-03-01T10:00:00.000Z',
      source: {
        kind: 'cycleQuestion',
        processId: 'cycle/gesloten/1',
        programmeId: 'gesloten',
        questionNumber: 1,
        checkpointId: null,
        obstacleId: null,
      },
      decision: decision('accepted'),
    };
    expect(await recordAnswerAtSource(current().db, 'table/mt-jeugd#9', answer)).toBe(false);
  });
});
