import type { CaseRecord, CaseStats, Partner } from '@leercyclus/domain';
import { avoidedCostOf } from '@leercyclus/domain';
import { barChart } from '../view/charts.js';
import type { ReportBlock, ReportChapter } from '../view/document.js';
import { dutchDay, dutchNumber, euros, shortDay } from '../view/format.js';
import { label } from '../view/labels.js';
import { attendanceTotal, costFacts, type CycleFacts } from './facts.js';

/**
 * The chapters of a cycle or programme report, in the order of the programme's interim evaluation: period and
 * rhythm, sessions and attendance, partners, questions per category, threads and lessons, development goals,
 * cases and avoided cost, the management table, and the figures per cycle. A programme report passes all its
 * cycles; a cycle report one. Text people wrote (lessons, notes, decisions) is quoted as written.
 */

export interface ReportInput {
  cycles: CycleFacts[];
  /** The cases the report covers: a cycle's brought-in cases, or all of the programme's. */
  cases: CaseRecord[];
  /** The programme's case figures as the panel's analytics page shows them (programme report only). */
  caseStats?: CaseStats;
  partners: Partner[];
}

const many = (cycles: CycleFacts[]) => cycles.length > 1;
const cycleName = (facts: CycleFacts) => `Cyclus ${facts.cycle.number}`;
const districtName = (district: string | null) => district ?? 'programmateam';
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function periodAndRhythm({ cycles }: ReportInput): ReportChapter {
  const blocks: ReportBlock[] = [];
  for (const facts of cycles) {
    const c = facts.cycle;
    if (many(cycles)) blocks.push({ kind: 'subheading', text: `${cycleName(facts)}: ${c.title}` });
    blocks.push({
      kind: 'figures',
      rows: [
        { label: 'Periode', value: `${dutchDay(c.startsOn)} t/m ${dutchDay(c.endsOn)}` },
        { label: 'Status', value: label('cycleStatus', c.status) },
        ...c.districts.map((slot) => ({
          label: `Leersessies ${slot.name}`,
          value: `elke ${label('weekday', slot.weekday)} om ${slot.startTime} (${slot.durationMinutes} min)`,
        })),
        ...(c.programmeTeam
          ? [
              {
                label: 'Programmateam',
                value: `elke ${label('weekday', c.programmeTeam.weekday)} om ${c.programmeTeam.startTime}`,
              },
            ]
          : []),
        { label: 'Bijeenkomsten gehouden', value: dutchNumber(facts.held.length) },
        { label: 'Bijeenkomsten nog gepland', value: dutchNumber(facts.planned) },
        { label: 'Bijeenkomsten geannuleerd', value: dutchNumber(facts.cancelled) },
      ],
    });
  }
  return { id: 'periode', heading: 'Periode en ritme', blocks };
}

function sessionsAndAttendance({ cycles }: ReportInput): ReportChapter {
  const all = cycles.flatMap((facts) => facts.held.map((session) => ({ facts, session })));
  const districts = [...new Set(cycles.flatMap((f) => f.attendanceByDistrict.map((d) => d.district)))];
  const perDistrict = districts.map((district) => {
    const entries = cycles.flatMap((f) => f.attendanceByDistrict.filter((d) => d.district === district));
    return {
      district,
      sessions: sum(entries.map((e) => e.sessions)),
      swt: sum(entries.map((e) => e.attendance.swtProfessionals)),
      partners: sum(entries.map((e) => e.attendance.partnerProfessionals)),
      parents: sum(entries.map((e) => e.attendance.parentsOrGuardians)),
    };
  });
  const blocks: ReportBlock[] = [
    {
      kind: 'figures',
      rows: [
        { label: 'Gehouden bijeenkomsten', value: dutchNumber(all.length) },
        { label: 'Aanwezigen in totaal', value: dutchNumber(sum(cycles.map((f) => f.attendance.total))) },
        {
          label: 'Professionals SWT',
          value: dutchNumber(sum(cycles.map((f) => f.attendance.swtProfessionals))),
        },
        {
          label: 'Professionals van partners',
          value: dutchNumber(sum(cycles.map((f) => f.attendance.partnerProfessionals))),
        },
        {
          label: 'Ouders of verzorgers',
          value: dutchNumber(sum(cycles.map((f) => f.attendance.parentsOrGuardians))),
        },
      ],
    },
    {
      kind: 'chart',
      caption: 'Aanwezigheid per stadsdeel',
      ...barChart({
        rows: perDistrict.map((d) => ({
          label: districtName(d.district),
          values: [d.swt, d.partners, d.parents],
        })),
        series: ['SWT', 'Partners', 'Ouders'],
      }),
    },
    {
      kind: 'table',
      caption: 'Aanwezigheid per stadsdeel',
      columns: [
        { header: 'Stadsdeel', weight: 3 },
        { header: 'Bijeenkomsten', align: 'right' },
        { header: 'SWT', align: 'right' },
        { header: 'Partners', align: 'right' },
        { header: 'Ouders', align: 'right' },
      ],
      rows: perDistrict.map((d) => [
        districtName(d.district),
        dutchNumber(d.sessions),
        dutchNumber(d.swt),
        dutchNumber(d.partners),
        dutchNumber(d.parents),
      ]),
      empty: 'Geen stadsdelen.',
    },
  ];
  if (all.length > 0) {
    blocks.push({
      kind: 'chart',
      caption: 'Aanwezigen per bijeenkomst',
      ...barChart({
        rows: all.map(({ facts, session }) => ({
          label: `${many(cycles) ? `C${facts.cycle.number} ` : ''}${shortDay(session.date)} ${districtName(session.district)}`,
          values: [attendanceTotal(session)],
        })),
        series: ['Aanwezigen'],
      }),
    });
  }
  blocks.push({
    kind: 'table',
    caption: 'Gehouden bijeenkomsten',
    columns: [
      ...(many(cycles) ? [{ header: 'Cyclus', align: 'right' as const }] : []),
      { header: 'Datum', weight: 1.4 },
      { header: 'Soort', weight: 1.6 },
      { header: 'Stadsdeel', weight: 1.4 },
      { header: 'SWT', align: 'right' },
      { header: 'Partners', align: 'right' },
      { header: 'Ouders', align: 'right' },
      { header: 'Organisaties', weight: 3 },
    ],
    rows: all.map(({ facts, session }) => [
      ...(many(cycles) ? [String(facts.cycle.number)] : []),
      shortDay(session.date),
      label('occurrenceKind', session.kind),
      districtName(session.district),
      dutchNumber(session.record.attendance.swtProfessionals),
      dutchNumber(session.record.attendance.partnerProfessionals),
      dutchNumber(session.record.attendance.parentsOrGuardians),
      session.record.organisations.join(', '),
    ]),
    empty: 'Nog geen bijeenkomst gehouden en vastgelegd.',
  });
  return { id: 'bijeenkomsten', heading: 'Bijeenkomsten en aanwezigheid', blocks };
}

function partners({ cycles, partners }: ReportInput): ReportChapter {
  const counts = new Map<string, number>();
  for (const facts of cycles) {
    for (const o of facts.organisations) counts.set(o.name, (counts.get(o.name) ?? 0) + o.sessions);
  }
  const known = (name: string) => partners.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))
    .map(([name, sessions]) => {
      const partner = known(name);
      return [
        name,
        partner ? label('partnerKind', partner.kind) : 'niet in de partnerlijst',
        partner ? label('partnerRing', partner.ring) : '',
        dutchNumber(sessions),
      ];
    });
  return {
    id: 'partners',
    heading: 'Partners in de flexibele schil',
    blocks: [
      {
        kind: 'paragraph',
        text: `${dutchNumber(rows.length)} organisaties namen deel aan een of meer gehouden bijeenkomsten.`,
      },
      {
        kind: 'table',
        caption: 'Partners en hun deelname',
        columns: [
          { header: 'Organisatie', weight: 3 },
          { header: 'Soort', weight: 1.5 },
          { header: 'Schil', weight: 1.2 },
          { header: 'Bijeenkomsten', align: 'right' },
        ],
        rows,
        empty: 'Geen organisaties vastgelegd.',
      },
    ],
  };
}

function questionsPerCategory({ cycles }: ReportInput): ReportChapter {
  const categories = [...new Set(cycles.flatMap((f) => f.questionsByCategory.map((r) => r.category)))];
  const countOf = (facts: CycleFacts, category: string) =>
    facts.questionsByCategory.find((r) => r.category === category)?.questions ?? 0;
  return {
    id: 'leervragen',
    heading: 'Leervragen per categorie',
    blocks: [
      {
        kind: 'paragraph',
        text: `De leeragenda telt ${dutchNumber(sum(cycles.map((f) => f.cycle.questions.length)))} leervragen.`,
      },
      {
        kind: 'chart',
        caption: many(cycles) ? 'Leervragen per categorie per cyclus' : 'Leervragen per categorie',
        ...barChart({
          rows: categories.map((category) => ({
            label: label('questionCategory', category),
            values: cycles.map((facts) => countOf(facts, category)),
          })),
          series: cycles.map(cycleName),
        }),
      },
      {
        kind: 'table',
        caption: 'Leervragen per categorie',
        columns: [
          { header: 'Categorie', weight: 4 },
          ...cycles.map((facts) => ({ header: cycleName(facts), align: 'right' as const })),
          ...(many(cycles) ? [{ header: 'Totaal', align: 'right' as const }] : []),
        ],
        rows: categories.map((category) => [
          label('questionCategory', category),
          ...cycles.map((facts) => dutchNumber(countOf(facts, category))),
          ...(many(cycles) ? [dutchNumber(sum(cycles.map((facts) => countOf(facts, category))))] : []),
        ]),
        empty: 'Nog geen leervragen.',
      },
    ],
  };
}

function threadsAndLessons({ cycles }: ReportInput): ReportChapter {
  const questions = cycles.flatMap((facts) => facts.cycle.questions.map((q) => ({ facts, q })));
  return {
    id: 'lessen',
    heading: 'Draden en lessen',
    blocks: [
      {
        kind: 'table',
        caption: 'De leeragenda: vragen, eerdere formuleringen en lessen',
        columns: [
          { header: 'Nr.', align: 'right', weight: 0.6 },
          { header: 'Leervraag', weight: 5 },
          { header: 'Categorie', weight: 2 },
          { header: 'Status', weight: 1.4 },
          { header: 'Les', weight: 4 },
        ],
        rows: questions.map(({ facts, q }) => [
          many(cycles) ? `${facts.cycle.number}.${q.number}` : String(q.number),
          [q.text, ...q.reformulations.map((r) => `eerder: ${r.text}`)].join('\n'),
          label('questionCategory', q.category),
          label('questionStatus', q.status),
          q.lesson ?? '',
        ]),
        empty: 'Nog geen leervragen.',
      },
    ],
  };
}

function developmentGoals({ cycles }: ReportInput): ReportChapter {
  const evaluated = cycles.flatMap((facts) =>
    facts.cycle.checkpoints.flatMap((c) =>
      c.evaluation ? [{ facts, checkpoint: c, evaluation: c.evaluation }] : [],
    ),
  );
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      caption: 'Ontwikkeldoelen uit de evaluaties',
      columns: [
        { header: 'Evaluatie', weight: 2 },
        { header: 'Ontwikkeldoel', weight: 5 },
        { header: 'Eigenaar', weight: 1.5 },
      ],
      rows: evaluated.flatMap(({ facts, checkpoint, evaluation }) =>
        evaluation.developmentGoals.map((goal) => [
          `${many(cycles) ? `${cycleName(facts)}: ` : ''}${checkpoint.title}`,
          goal.text,
          goal.owner ?? '',
        ]),
      ),
      empty: 'Nog geen ontwikkeldoelen vastgesteld.',
    },
  ];
  for (const { facts, checkpoint, evaluation } of evaluated) {
    if (evaluation.notes.trim() === '') continue;
    blocks.push(
      {
        kind: 'subheading',
        text: `${many(cycles) ? `${cycleName(facts)}: ` : ''}${checkpoint.title} (${dutchDay(evaluation.submittedAt)})`,
      },
      { kind: 'paragraph', text: evaluation.notes, note: true },
    );
  }
  return { id: 'ontwikkeldoelen', heading: 'Ontwikkeldoelen en evaluaties', blocks };
}

function casesAndAvoidedCost({ cases, caseStats }: ReportInput): ReportChapter {
  const districts = [...new Set(cases.map((c) => c.district))].sort((a, b) => a.localeCompare(b, 'nl'));
  const avoided = (c: CaseRecord) => avoidedCostOf(costFacts(c));
  const total = sum(cases.map(avoided));
  const closed = cases.filter((c) => c.status === 'closed').length;
  return {
    id: 'casussen',
    heading: 'Casussen en vermeden kosten',
    blocks: [
      {
        kind: 'paragraph',
        text:
          'Casussen staan alleen met hun code in dit rapport. Vermeden kosten tellen bij een afgesloten casus ' +
          'die zonder de contrafeitelijke zorg is afgerond, met het bedrag dat bij registratie gold.',
      },
      {
        kind: 'figures',
        rows: [
          { label: 'Casussen', value: dutchNumber(caseStats?.cases ?? cases.length) },
          { label: 'Nieuwe casussen', value: dutchNumber(cases.filter((c) => c.novelty === 'new').length) },
          { label: 'Afgesloten casussen', value: dutchNumber(caseStats?.avoidedCost.closedCases ?? closed) },
          { label: 'Vermeden kosten', value: euros(caseStats?.avoidedCost.totalEur ?? total) },
          {
            label: 'Vermeden kosten per afgesloten casus',
            value: euros(
              caseStats?.avoidedCost.perClosedCaseEur ?? (closed === 0 ? 0 : Math.round(total / closed)),
            ),
          },
        ],
      },
      {
        kind: 'chart',
        caption: 'Casussen en vermeden kosten per stadsdeel',
        ...barChart({
          rows: districts.map((district) => ({
            label: `${district} (${dutchNumber(cases.filter((c) => c.district === district).length)} casussen)`,
            values: [sum(cases.filter((c) => c.district === district).map(avoided))],
          })),
          series: ['Vermeden kosten'],
          format: euros,
        }),
      },
      {
        kind: 'table',
        caption: 'Casussen met hun contrafeitelijke zorg',
        columns: [
          { header: 'Code', weight: 1.4 },
          { header: 'Stadsdeel', weight: 1.4 },
          { header: 'Nieuw', weight: 1 },
          { header: 'Zonder programma', weight: 2.6 },
          { header: 'Bedrag', align: 'right', weight: 1.2 },
          { header: 'Status', weight: 2.4 },
          { header: 'Vermeden', align: 'right', weight: 1.2 },
        ],
        rows: cases.map((c) => [
          c.code,
          c.district,
          label('novelty', c.novelty),
          label('counterfactualCare', c.counterfactual.care),
          euros(c.counterfactual.amountEur),
          c.closed
            ? `${label('caseStatus', c.status)}: ${label('closeReason', c.closed.reason)}`
            : label('caseStatus', c.status),
          euros(avoided(c)),
        ]),
        empty: 'Geen casussen.',
      },
    ],
  };
}

function managementTable({ cycles }: ReportInput): ReportChapter {
  const rows = cycles.flatMap((facts) => [
    ...facts.cycle.questions.flatMap((q) =>
      q.escalation
        ? [
            {
              facts,
              what: `Leervraag ${q.number}: ${q.text}`,
              table: q.escalation.table,
              raisedAt: q.escalation.raisedAt,
              decision: q.escalation.decision,
            },
          ]
        : [],
    ),
    ...facts.cycle.checkpoints.flatMap((c) =>
      c.escalation
        ? [
            {
              facts,
              what: `Evaluatiemoment te laat: ${c.title}`,
              table: c.escalation.table,
              raisedAt: c.escalation.raisedAt,
              decision: c.escalation.decision,
            },
          ]
        : [],
    ),
  ]);
  return {
    id: 'managementtafel',
    heading: 'Wat naar de managementtafel ging en wat terugkwam',
    blocks: [
      {
        kind: 'table',
        caption: 'Voorgelegd aan de managementtafel',
        columns: [
          { header: 'Voorgelegd', weight: 1.3 },
          { header: 'Onderwerp', weight: 4 },
          { header: 'Tafel', weight: 1.2 },
          { header: 'Besluit', weight: 1.6 },
          { header: 'Antwoord', weight: 4 },
        ],
        rows: rows.map((row) => [
          shortDay(row.raisedAt),
          `${many(cycles) ? `${cycleName(row.facts)}: ` : ''}${row.what}`,
          row.table,
          row.decision ? label('decisionOutcome', row.decision.outcome) : 'nog geen antwoord',
          row.decision ? `${row.decision.text} (${shortDay(row.decision.decidedAt)})` : '',
        ]),
        empty: 'Niets voorgelegd aan een managementtafel.',
      },
    ],
  };
}

/** The appendix the interim evaluation ended with: "aantal bijeenkomsten: 13, nieuwe casussen: 19, …". */
function figuresPerCycle({ cycles }: ReportInput): ReportChapter {
  const figures: [string, (f: CycleFacts) => string][] = [
    ['Periode', (f) => `${shortDay(f.cycle.startsOn)} – ${shortDay(f.cycle.endsOn)}`],
    ['Aantal bijeenkomsten', (f) => dutchNumber(f.held.length)],
    ['Aanwezigen', (f) => dutchNumber(f.attendance.total)],
    ['Partners', (f) => dutchNumber(f.organisations.length)],
    ['Leervragen', (f) => dutchNumber(f.cycle.questions.length)],
    ['Casussen ingebracht', (f) => dutchNumber(f.cases.length)],
    ['Nieuwe casussen', (f) => dutchNumber(f.newCases)],
    ['Vermeden kosten', (f) => euros(f.avoidedEur)],
    ['Voorgelegd aan managementtafel', (f) => dutchNumber(f.escalated)],
    ['Beantwoord door managementtafel', (f) => dutchNumber(f.answered)],
  ];
  return {
    id: 'bijlage',
    heading: 'Bijlage: cijfers per cyclus',
    blocks: [
      {
        kind: 'table',
        caption: 'Cijfers per cyclus',
        columns: [
          { header: 'Cijfer', weight: 3 },
          ...cycles.map((f) => ({ header: cycleName(f), align: 'right' as const, weight: 1.6 })),
        ],
        rows: figures.map(([name, value]) => [name, ...cycles.map(value)]),
        empty: 'Geen cycli.',
      },
    ],
  };
}

export function reportChapters(input: ReportInput): ReportChapter[] {
  return [
    periodAndRhythm(input),
    sessionsAndAttendance(input),
    partners(input),
    questionsPerCategory(input),
    threadsAndLessons(input),
    developmentGoals(input),
    casesAndAvoidedCost(input),
    managementTable(input),
    figuresPerCycle(input),
  ];
}
