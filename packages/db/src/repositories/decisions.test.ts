import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { applyTableEvents } from '../tableEvents/apply.js';
import { anAnsweredEscalation, eachBackend, escalationSource } from '../testing/index.js';
import { answersOn } from './decisions.js';

eachBackend('answersOn', (current) => {
  it('gives each recorded answer with where it goes back to', async () => {
    const { db } = current();
    const checkpoint = anAnsweredEscalation(
      'cycle/antwoord/1/checkpoint-1',
      escalationSource('cycleCheckpoint', 'cycle/antwoord/1', 'antwoord', 'checkpoint-1'),
    );
    const question = anAnsweredEscalation(
      'cycle/antwoord/1/question-4@2026-03-01T10:00:00.000Z',
      escalationSource('cycleQuestion', 'cycle/antwoord/1', 'antwoord', 4),
    );
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
