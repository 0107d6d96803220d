import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  addDays,
  dateInZone,
  defaultTimeZone,
  type CycleState,
  type LearningQuestion,
  type Occurrence,
} from '@leercyclus/domain';
import { listCycles, listProgrammes, signedInAs } from '@leercyclus/db';
import type { Context } from '../context.js';
import { addDemoPeople, demoSignIns, demoSignInSchema } from './people.js';
import { casesRouter } from '../routers/cases.js';
import { cyclesRouter } from '../routers/cycles/index.js';
import { tablesRouter } from '../routers/tables.js';
import { programmesRouter } from '../routers/programmes.js';
import { createCallerFactory, createTRPCRouter, type Caller } from '../trpc.js';
import {
  demoAttendance,
  demoCases,
  demoClosedCase,
  demoCycleNumber,
  demoEscalation,
  demoLaunch,
  demoOrganisations,
  demoProgramme,
  demoProgrammeId,
  demoQuestions,
  demoTable,
  demoTableConfig,
  overdueCheckpointTitle,
} from './programme.js';

/**
 * The demo is built with the procedures a user calls, through tRPC's server-side caller rather than the
 * functions behind them: every step passes the same input schemas, role checks and workflow validators, so the
 * demo cannot hold anything a user could not have entered.
 */
const createStepCaller = createCallerFactory(
  createTRPCRouter({
    programmes: programmesRouter,
    tables: tablesRouter,
    cycles: cyclesRouter,
    cases: casesRouter,
  }),
);
type Steps = ReturnType<typeof createStepCaller>;

/** What the demo created, for the panel to tell the user. */
export const demoLoadedSchema = z.object({
  programmeId: z.string(),
  table: z.string(),
  cycle: z.object({ programmeId: z.string(), number: z.number(), workflowId: z.string() }),
  sessionsRecorded: z.number(),
  questions: z.number(),
  categories: z.array(z.string()),
  cases: z.array(z.string()),
  overdueCheckpoint: z.string(),
  escalatedQuestion: z.number(),
  /** The demo's people and how to sign in as each (their passwords shown this once). */
  people: z.array(demoSignInSchema),
});
export type DemoLoaded = z.infer<typeof demoLoadedSchema>;

/** The demo goes only into an empty system: it would otherwise mix with real programmes. */
async function refuseUnlessEmpty(ctx: Context): Promise<void> {
  // The whole record, not what the caller's memberships show.
  const [programmes, cycles] = await Promise.all([listProgrammes(ctx.db), listCycles(ctx.db, { limit: 1 })]);
  if (programmes.length === 0 && cycles.length === 0) return;
  const holds = programmes.length > 0 ? `programme ${programmes[0]!.id}` : `cycle ${cycles[0]!.workflowId}`;
  throw new TRPCError({
    code: 'CONFLICT',
    message: `The system already holds ${holds}; the demo programme loads only into an empty system.`,
  });
}

/** Past learning sessions to record; the latest of each district stays to be recorded, as in a real week. */
function sessionsToRecord(state: CycleState, now: number): Occurrence[] {
  const past = state.occurrences.filter(
    (o) => o.kind === 'learningSession' && o.status === 'due' && Date.parse(o.endsAt) <= now,
  );
  const latest = new Set(state.districts.map((d) => past.filter((o) => o.district === d.name).at(-1)?.id));
  return past.filter((o) => !latest.has(o.id));
}

async function recordSessions(
  steps: Steps,
  state: CycleState,
  questions: LearningQuestion[],
  now: number,
): Promise<number> {
  const ref = { programmeId: state.programmeId, number: state.number };
  const sessions = sessionsToRecord(state, now);
  for (const [week, session] of sessions.entries()) {
    const district = session.district ?? '';
    const cases = demoCases.filter((c) => c.district === district);
    const raised = questions.filter((q) => q.district === district);
    await steps.cycles.recordSession({
      ...ref,
      requestId: `demo-session-${session.id}`,
      occurrenceId: session.id,
      record: {
        attendance: demoAttendance(week),
        organisations: demoOrganisations[district] ?? [],
        caseCodes: cases.length > 0 ? [cases[week % cases.length]!.code] : [],
        questionNumbers: raised.length > 0 ? [raised[week % raised.length]!.number] : [],
        notes: 'Casus besproken met de methodestappen; vervolgafspraken gemaakt.',
      },
    });
  }
  return sessions.length;
}

/** Builds the demo programme step by step and returns once every command has been accepted. */
export async function loadDemo(ctx: Context & Caller): Promise<DemoLoaded> {
  await refuseUnlessEmpty(ctx);
  const setUp = createStepCaller(ctx);
  const now = ctx.clock ? await ctx.clock() : Date.now();
  const today = dateInZone(new Date(now), defaultTimeZone);

  // Its people first: the table's members, the checkpoint's owner and the questions' monitor must exist.
  const passwords = await addDemoPeople(ctx.db, ctx.actor);
  await setUp.tables.upsert(demoTableConfig);
  const { id: personId } = ctx.signedIn.person;
  await setUp.programmes.create(demoProgramme(personId));
  // Creating the programme made the caller its project leader: the next steps act with that membership.
  const signedIn = await signedInAs(ctx.db, personId, ctx.signedIn.via);
  const steps = createStepCaller({ ...ctx, signedIn });
  for (const demoCase of demoCases) await steps.cases.register({ programmeId: demoProgrammeId, ...demoCase });
  await steps.cases.close({
    programmeId: demoProgrammeId,
    code: demoClosedCase.code,
    reason: demoClosedCase.reason,
    closedOn: addDays(today, -demoClosedCase.daysAgo),
  });

  const { workflowId } = await steps.cycles.launch(demoLaunch(today));
  const ref = { programmeId: demoProgrammeId, number: demoCycleNumber };
  const questions: LearningQuestion[] = [];
  for (const [index, question] of demoQuestions.entries()) {
    questions.push(
      await steps.cycles.addQuestion({ ...ref, requestId: `demo-question-${index + 1}`, ...question }),
    );
  }
  // Read after the first commands, so the calendar is the workflow's own, with its past sessions due.
  const sessionsRecorded = await recordSessions(steps, await steps.cycles.get(ref), questions, now);

  const escalated = await steps.cycles.escalateQuestion({
    ...ref,
    requestId: 'demo-escalation-1',
    questionNumber: questions[demoEscalation.questionIndex]!.number,
    why: demoEscalation.why,
  });

  return {
    programmeId: demoProgrammeId,
    table: demoTable,
    cycle: { ...ref, workflowId },
    sessionsRecorded,
    questions: questions.length,
    categories: [...new Set(questions.map((question) => question.category))],
    cases: demoCases.map((demoCase) => demoCase.code),
    overdueCheckpoint: overdueCheckpointTitle,
    escalatedQuestion: escalated.number,
    people: await demoSignIns(ctx.db, passwords),
  };
}
