import { cycleWorkflowId } from '@leercyclus/domain';
import { isApiError, parts, users } from '../system/apiClient.js';
import { launchInput } from '../system/launches.js';
import { sleep } from '../system/stats.js';
import type { RunningSystem } from '../system/system.js';

import type { CycleExpectation } from './verify.js';

export interface CycleRef {
  programmeId: string;
  number: number;
}

/**
 * Cycles for a drill, launched through the API five weeks into their run: ten sessions (two districts) wait to
 * be recorded and one checkpoint is overdue, so there is something to record at once. The drill's people get
 * their parts in the programme first.
 */
export async function launchDrillCycles(
  system: RunningSystem,
  programmeId: string,
  count: number,
): Promise<CycleRef[]> {
  const refs = Array.from({ length: count }, (_, i) => ({ programmeId, number: i + 1 }));
  await system.grant(parts({ programmes: [programmeId] }));
  for (const ref of refs) {
    const input = launchInput(ref, `${programmeId}-launch-${ref.number}`, { overdue: true });
    await retrying(() => system.as(users.leader).cycles.launch.mutate(input), 60_000);
  }
  return refs;
}

/** Calls until one succeeds or the deadline passes (for setting up, not for what a drill measures). */
async function retrying<T>(call: () => Promise<T>, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(500);
    }
  }
}

export type DrillCommand =
  | { kind: 'addQuestion'; ref: CycleRef; requestId: string; text: string }
  | { kind: 'recordSession'; ref: CycleRef; requestId: string; occurrenceId: string; swt: number };

/**
 * The commands a drill sends: per cycle `questions` new questions and a record of every session that has been
 * held, each with its own request id. Returns them with what the cycles must look like once all are taken.
 */
export async function planCommands(
  system: RunningSystem,
  refs: CycleRef[],
  questions: number,
  tag: string,
): Promise<{ commands: DrillCommand[]; expectations: CycleExpectation[] }> {
  const perCycles: DrillCommand[][] = [];
  const expectations: CycleExpectation[] = [];
  for (const ref of refs) {
    const state = await retrying(() => system.as(users.monitor).cycles.get.query(ref), 60_000);
    const expectation: CycleExpectation = {
      workflowId: cycleWorkflowId(ref.programmeId, ref.number),
      ref,
      questions: new Map(),
      held: new Map(),
    };
    const due = state.occurrences.filter((o) => o.status === 'due' && o.kind === 'learningSession');
    const perCycle: DrillCommand[] = [];
    for (let i = 0; i < questions; i += 1) {
      const requestId = `${tag}-${ref.programmeId}-${ref.number}-q${i + 1}`;
      const text = `Vraag ${i + 1} van ${tag}: wat heeft het wijkteam nodig?`;
      perCycle.push({ kind: 'addQuestion', ref, requestId, text });
      expectation.questions.set(text, requestId);
    }
    due.forEach((occurrence, i) => {
      const requestId = `${tag}-${ref.programmeId}-${ref.number}-s${i + 1}`;
      const swt = (i % 9) + 1;
      perCycle.push({ kind: 'recordSession', ref, requestId, occurrenceId: occurrence.id, swt });
      expectation.held.set(occurrence.id, { swt, requestId });
    });
    perCycles.push(perCycle);
    expectations.push(expectation);
  }
  // Interleave the cycles' commands, as many users working at once would send them.
  const commands: DrillCommand[] = [];
  for (let i = 0; commands.length < perCycles.flat().length; i += 1) {
    for (const perCycle of perCycles) if (perCycle[i]) commands.push(perCycle[i]!);
  }
  return { commands, expectations };
}

export function sendCommand(system: RunningSystem, command: DrillCommand, signal: AbortSignal) {
  const monitor = system.as(users.monitor);
  if (command.kind === 'addQuestion') {
    return monitor.cycles.addQuestion.mutate(
      {
        ...command.ref,
        requestId: command.requestId,
        text: command.text,
        district: 'West',
        raisedIn: 'learningSession',
        level: 'team',
        category: 'safety',
      },
      { signal },
    );
  }
  return monitor.cycles.recordSession.mutate(
    {
      ...command.ref,
      requestId: command.requestId,
      occurrenceId: command.occurrenceId,
      record: {
        attendance: { swtProfessionals: command.swt, partnerProfessionals: 2, parentsOrGuardians: 0 },
        organisations: ['Jeugdhulp Rijnmond'],
        caseCodes: [`W-${command.swt}`],
      },
    },
    { signal },
  );
}

export interface StreamStats {
  commands: number;
  succeeded: number;
  /** Attempts that failed (an error or no answer in time) and were sent again with the same request id. */
  failedAttempts: number;
  /** Commands that needed more than one attempt. */
  retriedCommands: number;
  /** Failures by what the client saw. */
  failures: Record<string, number>;
  /** Commands that never succeeded before the deadline, or were refused for good. */
  gaveUp: string[];
  seconds: number;
}

export interface CommandStream {
  /** Commands answered so far. */
  completed(): number;
  /** Commands sent and not yet answered. */
  inFlight(): number;
  done: Promise<StreamStats>;
}

/**
 * Sends every command through the API, `concurrency` at a time, as a client that retries does: no answer
 * within `callTimeoutMs` or an error, and it sends the same command again with the same request id, until it
 * is answered or `deadlineMs` has passed.
 */
export function streamCommands(
  system: RunningSystem,
  commands: DrillCommand[],
  options: { concurrency: number; callTimeoutMs: number; deadlineMs: number },
): CommandStream {
  let completed = 0;
  let inFlight = 0;
  const stats: StreamStats = {
    commands: commands.length,
    succeeded: 0,
    failedAttempts: 0,
    retriedCommands: 0,
    failures: {},
    gaveUp: [],
    seconds: 0,
  };
  const started = Date.now();
  const deadline = started + options.deadlineMs;
  let next = 0;
  const one = async (command: DrillCommand) => {
    inFlight += 1;
    let attempts = 0;
    try {
      for (;;) {
        attempts += 1;
        try {
          await sendCommand(system, command, AbortSignal.timeout(options.callTimeoutMs));
          stats.succeeded += 1;
          return;
        } catch (error) {
          stats.failedAttempts += 1;
          const code = isApiError(error)
            ? (error.data?.code ??
              (['TimeoutError', 'AbortError'].includes(error.cause?.name ?? '')
                ? 'no answer in time'
                : error.message))
            : String(error);
          const what = String(code).slice(0, 80);
          stats.failures[what] = (stats.failures[what] ?? 0) + 1;
          const final = isApiError(error) && ['BAD_REQUEST', 'NOT_FOUND', 'FORBIDDEN'].includes(String(code));
          if (final || Date.now() > deadline) {
            stats.gaveUp.push(`${command.requestId}: ${what}`);
            return;
          }
          await sleep(Math.min(2000, 250 * attempts));
        }
      }
    } finally {
      if (attempts > 1) stats.retriedCommands += 1;
      inFlight -= 1;
      completed += 1;
    }
  };
  const lanes = Array.from({ length: options.concurrency }, async () => {
    while (next < commands.length) await one(commands[next++]!);
  });
  const done = Promise.all(lanes).then(() => ({ ...stats, seconds: (Date.now() - started) / 1000 }));
  return { completed: () => completed, inFlight: () => inFlight, done };
}

/** Waits until `check` holds, polling. */
export async function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

/** A summary line of a command stream for the drill table. */
export function describeStream(stats: StreamStats): string {
  const failures = Object.entries(stats.failures)
    .map(([what, n]) => `${n}× ${what}`)
    .join(', ');
  return (
    `${stats.succeeded}/${stats.commands} commands answered in ${stats.seconds.toFixed(1)} s` +
    (stats.retriedCommands > 0
      ? `; ${stats.retriedCommands} sent again with the same request id (${failures})`
      : '; none needed a retry')
  );
}
