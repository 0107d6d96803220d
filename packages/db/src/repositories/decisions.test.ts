import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { EscalationItem } from '@leercyclus/domain';
import { applyTableEvents } from '../tableEvents/apply.js';
import { eachBackend } from '../testing/index.js';
import { answersOn } from './decisions.js';

const item = (id: string, kind: 'cycleCheckpoint' | 'cycleQuestion'): EscalationItem => ({
  id,
  table: 'mt-jeugd',
  source: {
    kind,
    processId: 'cycle/antwoord/1',
    programmeId: 'antwoord',
    questionNumber: kind === 'cycleQuestion' ? 4 : null,
    checkpointId: kind === 'cycleCheckpoint' ? 'checkpoint-1' : null,
    obstacleId: null,
  },
  text: 'Wie betaalt de praktijkondersteuner?',
  why: 'Dat beslist de gemeente.',
  raisedBy: 'chris.monitor',
  raisedAt: '2026-03-01T10:00:00.000Z',
  history: [],
  receivedAt: '2026-03-01T10:00:01.000Z',
  dueAt: '2026-04-01T13:00:00.000Z',
  status: 'answered',
  remindersSent: [],
  decision: {
    outcome: 'accepted',
    text: 'De gemeente betaalt.',
    decidedBy: 'dana.management',
    decidedAt: '2026-03-20T14:00:00.000Z',
    table: 'mt-jeugd',
  },
});

eachBackend('answersOn', (current) => {
  it('gives each recorded answer with where it goes back to', async () => {
    const { db } = current();
    const checkpoint = item('cycle/antwoord/1/checkpoint-1', 'cycleCheckpoint');
    const question = item('cycle/antwoord/1/question-4@2026-03-01T10:00:00.000Z', 'cycleQuestion');
    await applyTableEvents(
      db,
      [checkpoint, question].map((escalation, index) => ({
        eventId: `table/mt-jeugd#${index + 1}`,
        at: '2026-03-20T14:00:00.000Z',
        table: 'mt-jeugd',
        type: 'escalationUpdated' as const,
        item: escalation,
      })),
    );
    // Recorded before the record kept the whole source: a question's, by its number.
    await db.execute(sql`update escalations set source = null where id = ${question.id}`);
    const answers = await answersOn(db, [checkpoint.id, question.id, 'unanswered']);
    expect(answers.sort((a, b) => a.escalationId.localeCompare(b.escalationId))).toEqual([
      { escalationId: checkpoint.id, source: checkpoint.source, decision: checkpoint.decision },
      {
        escalationId: question.id,
        source: { ...question.source, programmeId: null },
        decision: question.decision,
      },
    ]);
  });
});
