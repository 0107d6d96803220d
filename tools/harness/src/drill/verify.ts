import type { WorkflowHandle } from '@temporalio/client';
import { decodedPayloadValue } from '@leercyclus/codec';
import type { CycleRecordEvent } from '@leercyclus/domain';
import { users } from '../system/apiClient.js';
import { sleep } from '../system/stats.js';
import type { RunningSystem } from '../system/system.js';
import type { CycleRef } from './commands.js';
import type { DrillContext } from './drill.js';

/** What one cycle must look like once every command a drill sent has been taken. */
export interface CycleExpectation {
  workflowId: string;
  ref: CycleRef;
  /** Question texts the drill added, each to be on the agenda exactly once, with the request id that added it. */
  questions: Map<string, string>;
  /** Sessions the drill recorded: each held once, with the attendance sent. */
  held: Map<string, { swt: number; requestId: string }>;
}

export interface HistoryFacts {
  events: number;
  /** The record events the workflow handed to its activities, in every run. */
  recordEvents: CycleRecordEvent[];
  /** How often each update id was accepted. */
  acceptedUpdates: Map<string, number>;
  workflowTaskFailures: number;
  workflowTaskTimeouts: number;
}

/** Waits until a workflow has nothing in flight: no pending activity or workflow task. */
export async function settled(handle: WorkflowHandle, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const description = await handle.describe().catch(() => undefined);
    if (description) {
      const raw = description.raw;
      const idle = (raw.pendingActivities?.length ?? 0) === 0 && !raw.pendingWorkflowTask;
      if (idle) return true;
    }
    if (Date.now() > deadline) return false;
    await sleep(250);
  }
}

/** Reads every run of a workflow (following continue-as-new back to the first) for what the record must hold. */
export async function historyFacts(system: RunningSystem, workflowId: string): Promise<HistoryFacts> {
  const facts: HistoryFacts = {
    events: 0,
    recordEvents: [],
    acceptedUpdates: new Map(),
    workflowTaskFailures: 0,
    workflowTaskTimeouts: 0,
  };
  let runId: string | undefined;
  for (let runs = 0; runs < 100; runs += 1) {
    const history = await system.client.workflow.getHandle(workflowId, runId).fetchHistory();
    const events = history.events ?? [];
    facts.events += events.length;
    for (const event of events) {
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (scheduled?.activityType?.name === 'recordCycleEvents') {
        for (const payload of scheduled.input?.payloads ?? []) {
          facts.recordEvents.push(
            ...(await decodedPayloadValue<CycleRecordEvent[]>(system.dataConverter, payload)),
          );
        }
      }
      const updateId = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId;
      if (updateId) facts.acceptedUpdates.set(updateId, (facts.acceptedUpdates.get(updateId) ?? 0) + 1);
      if (event.workflowTaskFailedEventAttributes) facts.workflowTaskFailures += 1;
      if (event.workflowTaskTimedOutEventAttributes) facts.workflowTaskTimeouts += 1;
    }
    const previous = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId;
    if (!previous) break;
    runId = previous;
  }
  return facts;
}

export interface Verification {
  problems: string[];
  totals: {
    cycles: number;
    historyEvents: number;
    recordEvents: number;
    applied: number;
    auditEntries: number;
    updatesAccepted: number;
    workflowTaskFailures: number;
    workflowTaskTimeouts: number;
  };
}

/**
 * Checks that nothing was lost or written twice: each cycle's live state holds every command once; its history
 * accepted each request id once and handed the record one event per change; the record applied exactly those
 * events (applied_events), audited each once, and its rows (questions, held sessions, the cycle) match the state.
 */
export async function verifyCycles(
  context: DrillContext,
  expectations: CycleExpectation[],
  settleTimeoutMs = 180_000,
): Promise<Verification> {
  const { system, record } = context;
  const problems: string[] = [];
  const totals: Verification['totals'] = {
    cycles: expectations.length,
    historyEvents: 0,
    recordEvents: 0,
    applied: 0,
    auditEntries: 0,
    updatesAccepted: 0,
    workflowTaskFailures: 0,
    workflowTaskTimeouts: 0,
  };
  // Every cycle idle first: checks read the record only once nothing writes to it any more.
  const deadline = Date.now() + settleTimeoutMs;
  for (const expected of expectations) {
    if (!(await settled(system.client.workflow.getHandle(expected.workflowId), deadline - Date.now()))) {
      problems.push(
        `${expected.workflowId}: still busy after ${settleTimeoutMs / 1000} s (an activity or workflow task pending)`,
      );
    }
  }
  for (const expected of expectations) {
    const id = expected.workflowId;
    const problem = (text: string) => problems.push(`${id}: ${text}`);

    // The workflow's own state, through the API.
    const state = await system.as(users.participant).cycles.get.query(expected.ref);
    for (const [text] of expected.questions) {
      const n = state.questions.filter((q) => q.text === text).length;
      if (n !== 1) problem(`question "${text}" is on the agenda ${n} times`);
    }
    if (state.questions.length !== expected.questions.size) {
      problem(
        `the agenda holds ${state.questions.length} questions; the commands imply ${expected.questions.size}`,
      );
    }
    const heldInState = state.occurrences.filter((o) => o.status === 'held');
    for (const [occurrenceId, { swt }] of expected.held) {
      const occurrence = heldInState.find((o) => o.id === occurrenceId);
      if (!occurrence) problem(`session ${occurrenceId} is not held`);
      else if (occurrence.record?.attendance.swtProfessionals !== swt)
        problem(`session ${occurrenceId} holds the wrong attendance`);
    }
    if (heldInState.length !== expected.held.size) {
      problem(`${heldInState.length} sessions held; the commands imply ${expected.held.size}`);
    }

    // Its history: each request id accepted once, one record event per change.
    const history = await historyFacts(system, id);
    totals.historyEvents += history.events;
    totals.workflowTaskFailures += history.workflowTaskFailures;
    totals.workflowTaskTimeouts += history.workflowTaskTimeouts;
    if (history.workflowTaskFailures > 0) problem(`${history.workflowTaskFailures} workflow task failures`);
    const requestIds = [
      ...expected.questions.values(),
      ...[...expected.held.values()].map((h) => h.requestId),
    ];
    for (const requestId of requestIds) {
      const n = history.acceptedUpdates.get(requestId) ?? 0;
      if (n !== 1) problem(`command ${requestId} accepted ${n} times`);
    }
    totals.updatesAccepted += [...history.acceptedUpdates.values()].reduce((a, b) => a + b, 0);
    for (const [updateId, n] of history.acceptedUpdates) {
      if (n > 1) problem(`update ${updateId} accepted ${n} times`);
    }
    const ids = history.recordEvents.map((event) => event.eventId);
    const eventIds = new Set(ids);
    totals.recordEvents += eventIds.size;
    if (eventIds.size !== ids.length)
      problem(`${ids.length - eventIds.size} record events handed over twice`);
    const byCommand = (type: CycleRecordEvent['type']) =>
      history.recordEvents.filter((event) => event.type === type && event.actor === users.monitor).length;
    if (byCommand('questionUpdated') !== expected.questions.size) {
      problem(
        `${byCommand('questionUpdated')} question events by the drill's user; expected ${expected.questions.size}`,
      );
    }
    if (byCommand('occurrenceUpdated') !== expected.held.size) {
      problem(
        `${byCommand('occurrenceUpdated')} session events by the drill's user; expected ${expected.held.size}`,
      );
    }

    // The record: exactly those events applied, each audited once, rows as the state has them. A process's
    // event ids are `<workflow id>@<run id>#<n>` (`<workflow id>#<n>` for processes started before that).
    const patterns = [`${id}#%`, `${id}@%`];
    const applied = new Set(
      (
        await record.rows<{ id: string }>(
          `select event_id as id from applied_events where event_id like $1 or event_id like $2`,
          patterns,
        )
      ).map((row) => row.id),
    );
    totals.applied += applied.size;
    const lost = [...eventIds].filter((eventId) => !applied.has(eventId));
    const unexpected = [...applied].filter((eventId) => !eventIds.has(eventId));
    if (lost.length > 0) problem(`${lost.length} record events never applied (lost), e.g. ${lost[0]}`);
    if (unexpected.length > 0)
      problem(`${unexpected.length} applied events the workflow never sent, e.g. ${unexpected[0]}`);
    const audit = await record.rows<{ id: string; n: number }>(
      `select details->>'eventId' as id, count(*)::int as n from audit_log
        where details->>'eventId' like $1 or details->>'eventId' like $2 group by 1`,
      patterns,
    );
    totals.auditEntries += audit.reduce((sum, row) => sum + row.n, 0);
    const twice = audit.filter((row) => row.n > 1);
    if (twice.length > 0)
      problem(`${twice.length} events audited more than once (written twice), e.g. ${twice[0]!.id}`);
    const audited = new Set(audit.map((row) => row.id));
    const unaudited = [...applied].filter((eventId) => !audited.has(eventId));
    if (unaudited.length > 0) problem(`${unaudited.length} applied events without an audit entry`);

    const questionRows = await record.rows<{ text: string; status: string }>(
      `select text, status from learning_questions where process_id = $1`,
      [id],
    );
    const stateTexts = state.questions.map((q) => `${q.text} (${q.status})`).sort();
    const recordTexts = questionRows.map((q) => `${q.text} (${q.status})`).sort();
    if (JSON.stringify(stateTexts) !== JSON.stringify(recordTexts)) {
      problem(
        `the record holds ${questionRows.length} questions, the workflow ${state.questions.length} (or they differ)`,
      );
    }
    const heldRows = await record.rows<{ id: string; swt: number | null }>(
      `select occurrence_id as id, swt_professionals as swt from occurrences where process_id = $1 and status = 'held'`,
      [id],
    );
    const stateHeld = heldInState.map((o) => `${o.id}:${o.record?.attendance.swtProfessionals}`).sort();
    const recordHeld = heldRows.map((o) => `${o.id}:${o.swt}`).sort();
    if (JSON.stringify(stateHeld) !== JSON.stringify(recordHeld)) {
      problem(
        `the record holds ${heldRows.length} held sessions, the workflow ${heldInState.length} (or they differ)`,
      );
    }
    const [processRow] = await record.rows<{ status: string }>(
      `select status from processes where workflow_id = $1`,
      [id],
    );
    if (processRow?.status !== state.status) {
      problem(`the record's cycle row says ${processRow?.status ?? 'nothing'}, the workflow ${state.status}`);
    }
  }
  return { problems, totals };
}

/** Applied events whose id belongs to no process: what a mixed-up statement would leave behind. */
export async function strayAppliedEvents(context: DrillContext): Promise<string[]> {
  const rows = await context.record.rows<{ id: string }>(
    `select event_id as id from applied_events where event_id !~ '^(cycle|group|table)/.+#[0-9]+(/at-source)?$' limit 5`,
  );
  return rows.map((row) => row.id);
}

/** The verification as the lines a drill's table shows. */
export function describeVerification(verification: Verification): string {
  const t = verification.totals;
  return (
    `${t.cycles} cycles: ${t.updatesAccepted} updates accepted, ${t.recordEvents} record events sent, ` +
    `${t.applied} applied, ${t.auditEntries} audited; ${t.workflowTaskFailures} workflow task failures` +
    (t.workflowTaskTimeouts > 0 ? `, ${t.workflowTaskTimeouts} workflow task timeouts` : '')
  );
}
