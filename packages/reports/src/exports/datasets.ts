import { listCycles, listPartners, programmeCases, recordedCycle, type Db } from '@leercyclus/db';
import { avoidedCostOf, cycleWorkflowId, type CycleState, type QuestionAction } from '@leercyclus/domain';
import { costFacts } from '../data/facts.js';
import { ReportNotFound } from '../data/reports.js';
import { label } from '../view/labels.js';
import type { Sheet } from './sheet.js';

/** What can be exported; each is one sheet, as XLSX or CSV. */
export const exportDatasets = ['agenda', 'sessions', 'partners', 'cases', 'checkpoints'] as const;
export type ExportDataset = (typeof exportDatasets)[number];

/** What an export covers: a programme, or one cycle of it. */
export interface ExportScope {
  programmeId: string;
  cycle?: number | undefined;
}

const suffix = (scope: ExportScope) =>
  `${scope.programmeId}${scope.cycle === undefined ? '' : `-cyclus-${scope.cycle}`}`;

/** The scope's cycles from the record, oldest first. */
async function cyclesOf(db: Db, scope: ExportScope): Promise<CycleState[]> {
  const ids =
    scope.cycle === undefined
      ? (await listCycles(db, { programmeId: scope.programmeId, limit: 1000 }))
          .sort((a, b) => a.number - b.number)
          .map((c) => c.workflowId)
      : [cycleWorkflowId(scope.programmeId, scope.cycle)];
  const states = await Promise.all(ids.map((id) => recordedCycle(db, id)));
  if (scope.cycle !== undefined && !states[0]) {
    throw new ReportNotFound(`Programme ${scope.programmeId} has no cycle ${scope.cycle} in the record.`);
  }
  return states.flatMap((recorded) => (recorded ? [recorded.state] : []));
}

/** An action as one line: what, by whom, from when, and the latest judgement of its effect. */
function actionLine(action: QuestionAction): string {
  const effect = action.effects.at(-1);
  const judged = effect
    ? `effect ${effect.observedOn}: ${label('actionHelped', effect.helped)}, ${effect.text}`
    : 'effect nog niet beoordeeld';
  return `${action.number}. ${action.text} (${action.takenBy}, vanaf ${action.startsOn}) — ${judged}`;
}

/**
 * The learning agenda: each question with its earlier wordings, actions and their effects, lesson, escalation and
 * the table's answer.
 */
async function agenda(db: Db, scope: ExportScope): Promise<Sheet> {
  const cycles = await cyclesOf(db, scope);
  return {
    name: 'Leeragenda',
    fileName: `leeragenda-${suffix(scope)}`,
    columns: [
      { header: 'Cyclus', type: 'number' },
      { header: 'Nr.', type: 'number' },
      { header: 'Leervraag', type: 'text', width: 60 },
      { header: 'Eerdere formuleringen', type: 'text', width: 40 },
      { header: 'Categorie', type: 'text', width: 28 },
      { header: 'Niveau', type: 'text' },
      { header: 'Status', type: 'text', width: 18 },
      { header: 'Stadsdeel', type: 'text', width: 14 },
      { header: 'Ingebracht in', type: 'text', width: 18 },
      { header: 'Ingebracht op', type: 'dateTime', width: 17 },
      { header: 'Verantwoordelijke', type: 'text', width: 18 },
      { header: 'Acties', type: 'number' },
      { header: 'Acties en effect', type: 'text', width: 60 },
      { header: 'Les', type: 'text', width: 40 },
      { header: 'Managementtafel', type: 'text', width: 16 },
      { header: 'Voorgelegd op', type: 'dateTime', width: 17 },
      { header: 'Besluit', type: 'text', width: 16 },
      { header: 'Antwoord', type: 'text', width: 40 },
      { header: 'Beantwoord op', type: 'dateTime', width: 17 },
    ],
    rows: cycles.flatMap((cycle) =>
      cycle.questions.map((q) => [
        cycle.number,
        q.number,
        q.text,
        q.reformulations.map((r) => r.text).join(' | ') || null,
        label('questionCategory', q.category),
        label('level', q.level),
        label('questionStatus', q.status),
        q.district,
        label('raisedIn', q.raisedIn),
        q.raisedAt,
        q.responsible,
        q.actions?.length ?? 0,
        q.actions?.map(actionLine).join(' | ') || null,
        q.lesson,
        q.escalation?.table ?? null,
        q.escalation?.raisedAt ?? null,
        q.escalation?.decision ? label('decisionOutcome', q.escalation.decision.outcome) : null,
        q.escalation?.decision?.text ?? null,
        q.escalation?.decision?.decidedAt ?? null,
      ]),
    ),
  };
}

/** Every session of the scope's cycles, with its attendance and organisations once recorded. */
async function sessions(db: Db, scope: ExportScope): Promise<Sheet> {
  const cycles = await cyclesOf(db, scope);
  return {
    name: 'Bijeenkomsten',
    fileName: `bijeenkomsten-${suffix(scope)}`,
    columns: [
      { header: 'Cyclus', type: 'number' },
      { header: 'Datum', type: 'date', width: 12 },
      { header: 'Begin', type: 'dateTime', width: 17 },
      { header: 'Soort', type: 'text', width: 22 },
      { header: 'Stadsdeel', type: 'text', width: 14 },
      { header: 'Status', type: 'text', width: 16 },
      { header: 'Professionals SWT', type: 'number' },
      { header: 'Professionals partners', type: 'number' },
      { header: 'Ouders of verzorgers', type: 'number' },
      { header: 'Aanwezigen', type: 'number' },
      { header: 'Organisaties', type: 'text', width: 40 },
      { header: 'Casuscodes', type: 'text', width: 20 },
      { header: 'Leervragen', type: 'text', width: 14 },
    ],
    rows: cycles.flatMap((cycle) =>
      cycle.occurrences.map((o) => {
        const a = o.record?.attendance;
        return [
          cycle.number,
          o.date,
          o.startsAt,
          label('occurrenceKind', o.kind),
          o.district ?? 'programmateam',
          label('occurrenceStatus', o.status),
          a?.swtProfessionals ?? null,
          a?.partnerProfessionals ?? null,
          a?.parentsOrGuardians ?? null,
          a ? a.swtProfessionals + a.partnerProfessionals + a.parentsOrGuardians : null,
          o.record?.organisations.join(', ') || null,
          o.record?.caseCodes.join(', ') || null,
          o.record?.questionNumbers.join(', ') || null,
        ];
      }),
    ),
  };
}

/** The network's partner organisations with how many held sessions listed them (the partners page). */
async function partners(db: Db): Promise<Sheet> {
  const list = await listPartners(db);
  return {
    name: 'Partners',
    fileName: 'partners',
    columns: [
      { header: 'Organisatie', type: 'text', width: 36 },
      { header: 'Soort', type: 'text', width: 24 },
      { header: 'Schil', type: 'text', width: 16 },
      { header: 'Bijeenkomsten', type: 'number' },
      { header: 'Laatst aanwezig', type: 'date', width: 14 },
    ],
    rows: list.map((p) => [
      p.name,
      label('partnerKind', p.kind),
      label('partnerRing', p.ring),
      p.occurrencesAttended,
      p.lastAttendedOn,
    ]),
  };
}

/** The programme's cases, pseudonymous: a code and facts, no notes (free text could name a family). */
async function cases(db: Db, scope: ExportScope): Promise<Sheet> {
  let list = await programmeCases(db, scope.programmeId);
  if (scope.cycle !== undefined) {
    const [cycle] = await cyclesOf(db, scope);
    const brought = new Set(cycle!.occurrences.flatMap((o) => o.record?.caseCodes ?? []));
    list = list.filter((c) => brought.has(c.code));
  }
  return {
    name: 'Casussen',
    fileName: `casussen-${suffix(scope)}`,
    columns: [
      { header: 'Code', type: 'text', width: 14 },
      { header: 'Stadsdeel', type: 'text', width: 14 },
      { header: 'Leeftijd', type: 'text' },
      { header: 'Nieuw of bestaand', type: 'text' },
      { header: "Thema's", type: 'text', width: 30 },
      { header: 'Ingebracht door', type: 'text', width: 30 },
      { header: 'Zorg zonder programma', type: 'text', width: 30 },
      { header: 'Bedrag (EUR)', type: 'number' },
      { header: 'Status', type: 'text' },
      { header: 'Reden afsluiting', type: 'text', width: 30 },
      { header: 'Afgesloten op', type: 'date', width: 14 },
      { header: 'Vermeden kosten (EUR)', type: 'number' },
      { header: 'Geregistreerd op', type: 'dateTime', width: 17 },
    ],
    rows: list.map((c) => [
      c.code,
      c.district,
      c.ageGroup,
      label('novelty', c.novelty),
      c.themes.join(', '),
      `${c.broughtInBy.organisation} (${c.broughtInBy.role})`,
      label('counterfactualCare', c.counterfactual.care),
      c.counterfactual.amountEur,
      label('caseStatus', c.status),
      c.closed ? label('closeReason', c.closed.reason) : null,
      c.closed?.on ?? null,
      avoidedCostOf(costFacts(c)),
      c.registeredAt,
    ]),
  };
}

/** Checkpoints with their evaluations: development goals, sharpened questions and notes as written. */
async function checkpoints(db: Db, scope: ExportScope): Promise<Sheet> {
  const cycles = await cyclesOf(db, scope);
  return {
    name: 'Evaluatiemomenten',
    fileName: `evaluatiemomenten-${suffix(scope)}`,
    columns: [
      { header: 'Cyclus', type: 'number' },
      { header: 'Evaluatiemoment', type: 'text', width: 30 },
      { header: 'Eigenaar', type: 'text', width: 18 },
      { header: 'Termijn', type: 'dateTime', width: 17 },
      { header: 'Status', type: 'text' },
      { header: 'Herinneringen', type: 'number' },
      { header: 'Ingediend door', type: 'text', width: 18 },
      { header: 'Ingediend op', type: 'dateTime', width: 17 },
      { header: 'Ontwikkeldoelen', type: 'text', width: 40 },
      { header: 'Aangescherpte leervragen', type: 'text', width: 40 },
      { header: 'Notities', type: 'text', width: 40 },
      { header: 'Besluit managementtafel', type: 'text', width: 30 },
    ],
    rows: cycles.flatMap((cycle) =>
      cycle.checkpoints.map((c) => [
        cycle.number,
        c.title,
        c.owner,
        c.dueAt,
        label('checkpointStatus', c.status),
        c.remindersSent.length,
        c.evaluation?.submittedBy ?? null,
        c.evaluation?.submittedAt ?? null,
        c.evaluation?.developmentGoals.map((g) => g.text).join(' | ') || null,
        c.evaluation?.sharpenedQuestions.map((s) => `${s.questionNumber}: ${s.text}`).join(' | ') || null,
        c.evaluation?.notes || null,
        c.escalation?.decision
          ? `${label('decisionOutcome', c.escalation.decision.outcome)}: ${c.escalation.decision.text}`
          : null,
      ]),
    ),
  };
}

/** One dataset of a scope as a sheet, read from the record. */
export function exportSheet(db: Db, dataset: ExportDataset, scope: ExportScope): Promise<Sheet> {
  switch (dataset) {
    case 'agenda':
      return agenda(db, scope);
    case 'sessions':
      return sessions(db, scope);
    case 'partners':
      return partners(db);
    case 'cases':
      return cases(db, scope);
    case 'checkpoints':
      return checkpoints(db, scope);
  }
}
