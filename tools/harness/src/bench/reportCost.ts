import { migrate, openDatabase } from '@leercyclus/db';
import { cycleReport, renderPdf } from '@leercyclus/reports';
import { aReportedCycle } from '@leercyclus/reports/testing';
import { latency, type Latency } from '../system/stats.js';

export interface ReportCost {
  weeks: number;
  districts: number;
  questions: number;
  /** From reading the record to the finished PDF, per report; the goal is under 2 s. */
  pdf: Latency;
  targetMs: number;
  kiB: number;
}

/**
 * The cycle report of a 13-week, three-district cycle (39 held sessions, 120 questions, its cases), read from an
 * in-memory record and rendered to PDF, as `reports.cycle` does on the server: one warm-up, then `runs` timed.
 */
export async function reportCost(runs = 5): Promise<ReportCost> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(database);
    const shape = { weeks: 13, questions: 120 };
    await aReportedCycle(database.db, { programmeId: 'bench', ...shape });
    const render = async () => renderPdf((await cycleReport(database.db, 'bench', 1, new Date())).document);
    const first = await render();
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await render();
      samples.push(performance.now() - started);
    }
    return {
      ...shape,
      districts: 3,
      pdf: latency(samples),
      targetMs: 2000,
      kiB: Math.round(first.length / 1024),
    };
  } finally {
    await database.close();
  }
}
