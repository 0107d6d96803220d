import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { SignalDefinition } from '@temporalio/common';
import {
  answersOn,
  applyTableEvents,
  invalidRecordData,
  listCycles,
  logRefused,
  outcomesFor,
  recordAnswerAtSource,
  recordGroupOutcome,
  RefusedEvents,
  type Db,
  type RefusedEvent,
} from '@leercyclus/db';
import { defaultTableName, type EscalationAnswer, type EscalationRequest } from '@leercyclus/domain';
import {
  escalateSignal,
  escalationAnsweredSignal,
  groupOutcomeSignal,
  managementTableStartOptions,
  type Delivery,
  type RoutingActivities,
} from '@leercyclus/workflows';

/**
 * Record writes of one activity whose refusals (invalid data) wait until everything else, routing included,
 * has been done: then they fail the activity for good, naming each refused event.
 */
function refusals() {
  const refused: RefusedEvent[] = [];
  return {
    keep: async (write: () => Promise<unknown>): Promise<void> => {
      try {
        await write();
      } catch (error) {
        if (!(error instanceof RefusedEvents)) throw error;
        refused.push(...error.refused);
      }
    },
    throwAny: (): void => {
      if (refused.length > 0) throw invalidRecordData(refused);
    },
  };
}

/**
 * Routing between processes with a Temporal client, and the management tables' part of the record. The record
 * is written before anything is routed, so a cycle launched meanwhile finds there what it was not sent. Every
 * step is safe to repeat: a table ignores an escalation id it holds, a source ignores an answer it has, the
 * record applies each event once.
 */
export function createRoutingActivities(client: Client, db: Db): RoutingActivities {
  async function escalate(requests: EscalationRequest[]): Promise<void> {
    for (const request of requests) {
      await client.workflow.signalWithStart('managementTable', {
        ...managementTableStartOptions({ slug: request.table, name: defaultTableName(request.table) }),
        signal: escalateSignal,
        signalArgs: [request],
      });
    }
  }

  /** Signals a process; false once it has closed (or Temporal has forgotten it). */
  function signalled<T extends unknown[]>(
    workflowId: string,
    signal: SignalDefinition<T>,
    args: T,
  ): Promise<boolean> {
    return client.workflow
      .getHandle(workflowId)
      .signal(signal, ...args)
      .then(
        () => true,
        (error: unknown) => {
          if (!(error instanceof WorkflowNotFoundError)) throw error;
          return false;
        },
      );
  }

  /**
   * Signals the process a message belongs to; once that has closed, the running cycles of its programme (from
   * the record), where a carried-over question can take it. Says where it went.
   */
  async function toSourceOrSuccessors<T extends unknown[]>(
    processId: string,
    programmeId: string | null,
    signal: SignalDefinition<T>,
    args: T,
  ): Promise<Delivery> {
    if (await signalled(processId, signal, args)) return 'source';
    if (!programmeId) return 'record';
    let delivered: Delivery = 'record';
    for (const { workflowId: cycleId } of await listCycles(db, { programmeId, status: 'running' })) {
      if (cycleId !== processId && (await signalled(cycleId, signal, args))) delivered = 'nextCycle';
    }
    return delivered;
  }

  /**
   * A table's answer goes to the process that raised it. Once that has closed, a question's answer goes on to
   * the programme's running cycles, which carry the question; a checkpoint's or obstacle's stays with it, on
   * its row in the record.
   */
  async function routeAnswer(
    tableEventId: string,
    answer: EscalationAnswer,
    keep: (write: () => Promise<unknown>) => Promise<void>,
  ): Promise<void> {
    const { kind, processId, programmeId } = answer.source;
    if (kind === 'cycleQuestion') {
      await toSourceOrSuccessors(processId, programmeId, escalationAnsweredSignal, [answer]);
    } else if (!(await signalled(processId, escalationAnsweredSignal, [answer]))) {
      await keep(() => recordAnswerAtSource(db, tableEventId, answer));
    }
  }

  return {
    escalate,

    async deliverGroupOutcome(outcome) {
      await recordGroupOutcome(db, outcome).catch((error: unknown) => {
        // Delivered all the same: the group's own record of its completion carries this outcome and fails
        // there, where the group shows it.
        if (!(error instanceof RefusedEvents)) throw error;
        logRefused(error.refused);
      });
      return toSourceOrSuccessors(outcome.cycleId, outcome.programmeId, groupOutcomeSignal, [outcome]);
    },

    async routeTableEvents(events) {
      const record = refusals();
      await record.keep(() => applyTableEvents(db, events));
      for (const event of events) {
        if (event.type === 'answerReady') await routeAnswer(event.eventId, event.answer, record.keep);
        if (event.type === 'raised') await escalate([event.request]);
      }
      record.throwAny();
    },

    async catchUpCarried(request) {
      const [answers, outcomes] = await Promise.all([
        answersOn(db, request.escalationIds),
        outcomesFor(db, request.origins),
      ]);
      return { answers, outcomes };
    },
  };
}
