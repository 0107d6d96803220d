import { beforeAll, expect, it } from 'vitest';
import { agendaSearchInputSchema } from '@leercyclus/domain';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { cycleEventsFor, eachBackend } from '../testing/index.js';
import { agendaByCategory, searchAgenda } from './agenda.js';

eachBackend('the learning agenda', (current) => {
  beforeAll(async () => {
    const first = cycleEventsFor('agenda', 1);
    const second = cycleEventsFor('agenda', 2);
    const other = cycleEventsFor('elders', 1);
    await applyCycleEvents(current().db, [
      first.cycle(),
      first.question({ number: 1, text: 'Hoe werken we samen met de school?', category: 'education' }),
      first.question({
        number: 2,
        text: 'Wanneer schakelen we een psycholoog in?',
        category: 'diagnosisOrTreatmentRequest',
        level: 'team',
      }),
      first.question({
        number: 3,
        text: 'Wie draagt de veiligheid in een scheiding?',
        category: 'safety',
        district: 'Zuid',
        status: 'answered',
        lesson: 'Eén regisseur, afgesproken in de eerste week',
        reformulations: [
          { text: 'Wat doen we bij 100% onveiligheid?', at: '2026-01-20T10:00:00.000Z', by: 'chris.monitor' },
        ],
      }),
      second.cycle(),
      second.question({
        number: 1,
        text: 'Hoe houden we de school betrokken?',
        category: 'education',
        carriedFrom: { cycleId: first.cycleId, number: 1 },
      }),
      second.question({
        number: 4,
        text: 'Hoe borgen we het samenspel?',
        category: 'futureAndEmbedding',
        level: 'system',
        status: 'escalated',
      }),
      other.cycle(),
      other.question({ number: 1, text: 'Samenwerking met de school elders', category: 'education' }),
    ]);
  });

  const search = (input: Record<string, unknown>) =>
    searchAgenda(current().db, agendaSearchInputSchema.parse(input));
  const found = async (input: Record<string, unknown>) =>
    (await search(input)).map((q) => `${q.cycleId}:${q.number}`);

  it('finds questions by text, also in a lesson or an earlier wording', async () => {
    expect(await found({ programmeId: 'agenda', text: 'school' })).toEqual([
      'cycle/agenda/1:1',
      'cycle/agenda/2:1',
    ]);
    expect(await found({ text: 'ONVEILIGHEID' })).toEqual(['cycle/agenda/1:3']);
    expect(await found({ text: 'regisseur' })).toEqual(['cycle/agenda/1:3']);
    expect(await found({ text: '100%' })).toEqual(['cycle/agenda/1:3']);
    expect(await found({ text: '_%' })).toEqual([]);
  });

  it('filters by category, status, district, cycle and level', async () => {
    expect(await found({ category: 'education', programmeId: 'agenda' })).toEqual([
      'cycle/agenda/1:1',
      'cycle/agenda/2:1',
    ]);
    expect(await found({ status: 'escalated' })).toEqual(['cycle/agenda/2:4']);
    expect(await found({ district: 'Zuid' })).toEqual(['cycle/agenda/1:3']);
    expect(await found({ cycleId: 'cycle/agenda/2' })).toEqual(['cycle/agenda/2:1', 'cycle/agenda/2:4']);
    expect(await found({ level: 'team' })).toEqual(['cycle/agenda/1:2']);
    expect(await found({ programmeId: 'agenda', limit: 2 })).toHaveLength(2);
  });

  it('answers a question with its cycle and its earlier wordings', async () => {
    const [question] = await search({ cycleId: 'cycle/agenda/1', category: 'safety' });
    expect(question).toMatchObject({
      programmeId: 'agenda',
      cycleNumber: 1,
      cycleTitle: 'Cyclus 1',
      status: 'answered',
      reformulations: [
        { text: 'Wat doen we bij 100% onveiligheid?', at: '2026-01-20T10:00:00.000Z', by: 'chris.monitor' },
      ],
    });
  });

  it('counts questions per category per cycle', async () => {
    expect(await agendaByCategory(current().db, 'agenda')).toEqual([
      {
        cycleId: 'cycle/agenda/1',
        cycleNumber: 1,
        cycleTitle: 'Cyclus 1',
        category: 'diagnosisOrTreatmentRequest',
        questions: 1,
      },
      {
        cycleId: 'cycle/agenda/1',
        cycleNumber: 1,
        cycleTitle: 'Cyclus 1',
        category: 'education',
        questions: 1,
      },
      { cycleId: 'cycle/agenda/1', cycleNumber: 1, cycleTitle: 'Cyclus 1', category: 'safety', questions: 1 },
      {
        cycleId: 'cycle/agenda/2',
        cycleNumber: 2,
        cycleTitle: 'Cyclus 2',
        category: 'education',
        questions: 1,
      },
      {
        cycleId: 'cycle/agenda/2',
        cycleNumber: 2,
        cycleTitle: 'Cyclus 2',
        category: 'futureAndEmbedding',
        questions: 1,
      },
    ]);
  });
});
