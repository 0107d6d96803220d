import {
  listCycles,
  listPartners,
  programmeCases,
  programmeOrId,
  recordedCycle,
  type Db,
} from '@leercyclus/db';
import { cycleWorkflowId, type CycleState } from '@leercyclus/domain';
import type { ReportDocument } from '../view/document.js';
import { dutchDay, dutchMoment } from '../view/format.js';
import { reportChapters } from './chapters.js';
import { cycleFacts, programmeCaseStats } from './facts.js';

/** A report and the case codes it shows, which its export's audit entry names (NEN 7513). */
export interface BuiltReport {
  document: ReportDocument;
  caseCodes: string[];
}

/** Report times are Dutch wall-clock times, whatever zone the server runs in. */
const reportZone = 'Europe/Amsterdam';

export class ReportNotFound extends Error {}

async function cycleOf(db: Db, cycleId: string): Promise<CycleState> {
  const recorded = await recordedCycle(db, cycleId);
  if (!recorded) throw new ReportNotFound(`The record has no cycle ${cycleId}.`);
  return recorded.state;
}

/** One cycle's report, from the record: what the cycle page showed, with the cases brought in at its sessions. */
export async function cycleReport(
  db: Db,
  programmeId: string,
  number: number,
  now: Date,
): Promise<BuiltReport> {
  const cycle = await cycleOf(db, cycleWorkflowId(programmeId, number));
  const [programme, cases, partners] = await Promise.all([
    programmeOrId(db, programmeId),
    programmeCases(db, programmeId),
    listPartners(db),
  ]);
  const facts = cycleFacts(cycle, cases);
  return {
    caseCodes: facts.cases.map((c) => c.code),
    document: {
      title: `Rapportage leercyclus ${cycle.number}`,
      subtitle: cycle.title,
      period: `${dutchDay(cycle.startsOn)} t/m ${dutchDay(cycle.endsOn)}`,
      generated: `gegenereerd op ${dutchMoment(now, reportZone)}`,
      about: [
        { label: 'Programma', value: programme.name },
        { label: 'Stadsdelen', value: cycle.districts.map((d) => d.name).join(', ') },
        { label: 'Managementtafel', value: cycle.managementTable ?? programme.managementTable },
      ],
      chapters: reportChapters({ cycles: [facts], cases: facts.cases, partners }),
    },
  };
}

/** The programme's report across its cycles, oldest first, with all its cases and the figures per cycle. */
export async function programmeReport(db: Db, programmeId: string, now: Date): Promise<BuiltReport> {
  const [programme, cases, partners, listed] = await Promise.all([
    programmeOrId(db, programmeId),
    programmeCases(db, programmeId),
    listPartners(db),
    listCycles(db, { programmeId, limit: 1000 }),
  ]);
  if (listed.length === 0 && programme.createdAt === '') {
    throw new ReportNotFound(`The record has no programme ${programmeId}.`);
  }
  const cycles = await Promise.all(
    [...listed].sort((a, b) => a.number - b.number).map((item) => cycleOf(db, item.workflowId)),
  );
  const facts = cycles.map((cycle) => cycleFacts(cycle, cases));
  const starts = cycles.map((c) => c.startsOn).sort();
  const ends = cycles.map((c) => c.endsOn).sort();
  return {
    caseCodes: cases.map((c) => c.code),
    document: {
      title: `Rapportage programma ${programme.name}`,
      subtitle: `${cycles.length} leercycli`,
      period:
        starts.length === 0 ? 'nog geen leercyclus' : `${dutchDay(starts[0]!)} t/m ${dutchDay(ends.at(-1)!)}`,
      generated: `gegenereerd op ${dutchMoment(now, reportZone)}`,
      about: [
        { label: 'Programma', value: `${programme.name} (${programme.id})` },
        { label: 'Stadsdelen', value: programme.districts.join(', ') },
        { label: 'Managementtafel', value: programme.managementTable },
      ],
      chapters: reportChapters({
        cycles: facts,
        cases,
        caseStats: programmeCaseStats(programmeId, cases),
        partners,
      }),
    },
  };
}
