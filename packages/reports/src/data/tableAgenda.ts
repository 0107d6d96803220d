import { tableItems, type Db, type TableItem } from '@leercyclus/db';
import type { ReportDocument } from '../view/document.js';
import { dutchDay, dutchMoment, shortDay } from '../view/format.js';
import { label } from '../view/labels.js';

const reportZone = 'Europe/Amsterdam';

/** Where an item came from, as the table reads it: the cycle or group's workflow id and the question. */
const origin = (item: TableItem) =>
  `${item.sourceProcessId}${item.questionNumber === null ? '' : `, vraag ${item.questionNumber}`}`;

/**
 * A management table's agenda (what waits for its answer, by due date) and its decision list (what it
 * decided, newest first), from the record. `meeting` is the next meeting when the table holds monthly ones.
 */
export async function tableAgenda(
  db: Db,
  table: string,
  now: Date,
  meeting: Date | null,
): Promise<ReportDocument> {
  const items = await tableItems(db, table);
  const open = items
    .filter((item) => item.decision === null)
    .sort(
      (a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.raisedAt.localeCompare(b.raisedAt),
    );
  const decided = items
    .filter(
      (item): item is TableItem & { decision: NonNullable<TableItem['decision']> } => item.decision !== null,
    )
    .sort((a, b) => b.decision.decidedAt.localeCompare(a.decision.decidedAt));
  return {
    title: `Managementtafel ${table}`,
    subtitle: 'Agenda en besluitenlijst',
    period: meeting
      ? `vergadering van ${dutchMoment(meeting, reportZone)}`
      : `stand van ${dutchDay(now.toISOString(), reportZone)}`,
    generated: `gegenereerd op ${dutchMoment(now, reportZone)}`,
    about: [
      { label: 'Agendapunten', value: String(open.length) },
      { label: 'Besluiten', value: String(decided.length) },
    ],
    chapters: [
      {
        id: 'agenda',
        heading: 'Agenda',
        blocks: [
          {
            kind: 'table',
            caption: 'Wat op antwoord wacht, het eerst verschuldigde eerst',
            columns: [
              { header: 'Nr.', align: 'right', weight: 0.5 },
              { header: 'Onderwerp', weight: 5 },
              { header: 'Afkomstig van', weight: 2.4 },
              { header: 'Ontvangen', weight: 1.3 },
              { header: 'Antwoord vóór', weight: 1.3 },
            ],
            rows: open.map((item, index) => [
              String(index + 1),
              item.subject,
              origin(item),
              shortDay(item.raisedAt, reportZone),
              item.dueAt ? shortDay(item.dueAt, reportZone) : '',
            ]),
            empty: 'Er wacht niets op een antwoord van de tafel.',
          },
        ],
      },
      {
        id: 'besluiten',
        heading: 'Besluitenlijst',
        blocks: [
          {
            kind: 'table',
            caption: 'Besluiten, nieuwste eerst',
            columns: [
              { header: 'Datum', weight: 1.3 },
              { header: 'Onderwerp', weight: 3.5 },
              { header: 'Besluit', weight: 1.5 },
              { header: 'Toelichting', weight: 4 },
            ],
            rows: decided.map((item) => [
              shortDay(item.decision.decidedAt, reportZone),
              `${item.subject} (${origin(item)})`,
              label('decisionOutcome', item.decision.outcome),
              item.decision.text,
            ]),
            empty: 'De tafel heeft nog niets besloten.',
          },
        ],
      },
    ],
  };
}
