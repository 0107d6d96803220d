import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { SignalDefinition } from '@temporalio/common';
import { applyTableEvents, listCycles, type Db } from '@leercyclus/db';
import type { EscalationRequest } from '@leercyclus/domain';
import {
  escalateSignal,
  escalationAnsweredSignal,
  groupOutcomeSignal,
  managementTableStartOptions,
  type Delivery,
  type RoutingActivities,
} from '@leercyclus/workflows';

/**
 * Routing between processes with a Temporal client, and the management tables' part of the record. Every step
 * is safe to repeat: a table ignores an escalation id it holds, a source ignores an answer it has, the record
 * applies each event once.
 */
export function createRoutingActivities(client: Client, db: Db): RoutingActivities {
  async function escalate(requests: EscalationRequest[]): Promise<void> {
    for (const request of requests) {
      await client.workflow.signalWithStart('managementTable', {
        ...managementTableStartOptions({ slug: request.table, name: request.table }),
        signal: escalateSignal,
        signalArgs: [request],
      });
    }
  }

  /**
   * Signals the process a message belongs to; once that has closed, the running cycles of its programme, where
   * a carried-over question can take it. Says where it went.
   */
  async function toSourceOrSuccessors<T extends unknown[]>(
    processId: string,
    programmeId: string | null,
    signal: SignalDefinition<T>,
    args: T,
  ): Promise<Delivery> {
    const notFound = (error: unknown) => {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      return false;
    };
    const sent = await client.workflow
      .getHandle(processId)
      .signal(signal, ...args)
      .then(() => true, notFound);
    if (sent) return 'source';
    if (!programmeId) return 'record';
    let delivered: Delivery = 'record';
    for (const { workflowId: cycleId } of await listCycles(db, { programmeId, status: 'running' })) {
      if (cycleId === processId) continue;
      const ok = await client.workflow
        .getHandle(cycleId)
        .signal(signal, ...args)
        .then(() => true, notFound);
      if (ok) delivered = 'nextCycle';
    }
    return delivered;
  }

  return {
    escalate,
    deliverGroupOutcome: (outcome) =>
      toSourceOrSuccessors(outcome.cycleId, outcome.programmeId, groupOutcomeSignal, [outcome]),
    async routeTableEvents(events) {
      for (const event of events) {
        if (event.type === 'answerReady') {
          const { processId, programmeId } = event.answer.source;
          await toSourceOrSuccessors(processId, programmeId, escalationAnsweredSignal, [event.answer]);
        }
        if (event.type === 'raised') await escalate([event.request]);
      }
      await applyTableEvents(db, events);
    },
  };
}
