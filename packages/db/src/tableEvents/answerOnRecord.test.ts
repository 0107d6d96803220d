import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { EscalationAnswer } from '@leercyclus/domain';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { applyGroupEvents } from '../groupEvents/apply.js';
import { checkpointsOf } from '../repositories/checkpointRecord.js';
import { auditLog, groupObstacles } from '../schema/index.js';
import {
  aDecision,
  cycleEventsFor,
  eachBackend,
  escalationSource,
  groupEventsFor,
} from '../testing/index.js';
import { recordAnswerAtSource } from './answerOnRecord.js';

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
      source: escalationSource('cycleCheckpoint', events.cycleId, 'gesloten', 'checkpoint-1'),
      decision: aDecision('accepted'),
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
    const escalation = group.obstacleEscalation;
    await applyGroupEvents(db, [
      ...group.list,
      group.obstacle({ status: 'escalated', escalation }),
      group.completed(null),
    ]);
    const answer: EscalationAnswer = {
      escalationId: escalation.id,
      source: escalationSource('groupObstacle', group.groupId, 'gesloten', 'obstacle-1'),
      decision: aDecision('needsInformation'),
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
      source: escalationSource('cycleQuestion', 'cycle/gesloten/1', 'gesloten', 1),
      decision: aDecision('accepted'),
    };
    expect(await recordAnswerAtSource(current().db, 'table/mt-jeugd#9', answer)).toBe(false);
  });
});
