import { ApplicationFailure } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { applyGroupEvents, tables, type Db } from '@leercyclus/db';
import {
  aDecision,
  anAnsweredEscalation,
  eachBackend,
  escalationSource,
  groupEventsFor,
} from '@leercyclus/db/testing';
import type { EscalationItem } from '@leercyclus/domain';
import type { TableEvent } from '@leercyclus/domain';
import { createRoutingActivities } from './routing.js';

interface Sent {
  workflowId: string;
  signal: string;
  /** Whether the record held the decision when the signal went out. */
  decisionRecorded: boolean;
}

/** A Temporal client that only takes signals, noting each; processes in `closed` are gone. */
function signalClient(db: Db, closed: ReadonlySet<string> = new Set()) {
  const sent: Sent[] = [];
  const client = {
    workflow: {
      getHandle: (workflowId: string) => ({
        signal: async (definition: { name: string }, answer?: { escalationId?: string }) => {
          if (closed.has(workflowId)) throw new WorkflowNotFoundError('closed', workflowId, undefined);
          const rows = answer?.escalationId
            ? await db
                .select()
                .from(tables.decisions)
                .where(eq(tables.decisions.escalationId, answer.escalationId))
            : [];
          sent.push({ workflowId, signal: definition.name, decisionRecorded: rows.length > 0 });
        },
      }),
    },
  };
  return { sent, client: client as unknown as Client };
}

const decision = aDecision();

function answered(id: string, processId: string): EscalationItem {
  return anAnsweredEscalation(id, escalationSource('cycleQuestion', processId, 'routering', 1));
}

/** What a table hands out when it answers: the item with its decision, then the answer to deliver. */
function answering(sequence: number, item: EscalationItem): TableEvent[] {
  const stamp = (n: number) => ({
    eventId: `table/mt-jeugd#${n}`,
    at: decision.decidedAt,
    table: 'mt-jeugd',
  });
  return [
    { ...stamp(sequence), type: 'escalationUpdated', item },
    {
      ...stamp(sequence + 1),
      type: 'answerReady',
      answer: { escalationId: item.id, source: item.source, decision },
    },
  ];
}

eachBackend('routing', (current) => {
  it('stores the decision before it sends the answer to its source', async () => {
    const { db } = current();
    const { sent, client } = signalClient(db);
    const item = answered('cycle/routering/1/question-1@eerst', 'cycle/routering/1');
    await createRoutingActivities(client, db).routeTableEvents(answering(1, item));
    expect(sent).toEqual([
      { workflowId: 'cycle/routering/1', signal: 'escalationAnswered', decisionRecorded: true },
    ]);
  });

  it('routes the rest when the record refuses an event, then fails for good naming it', async () => {
    const { db } = current();
    const { sent, client } = signalClient(db);
    const refused = {
      ...answered('cycle/routering/2/question-1@fout', 'cycle/routering/2'),
      raisedAt: 'gisteren',
    };
    const fine = answered('cycle/routering/3/question-1@goed', 'cycle/routering/3');
    const failure = await createRoutingActivities(client, db)
      .routeTableEvents([...answering(11, refused), ...answering(13, fine)])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'InvalidRecordData', nonRetryable: true });
    const details = (failure as ApplicationFailure).details as { eventId: string; reason: string }[];
    expect(details.map((detail) => detail.eventId)).toEqual(['table/mt-jeugd#11']);
    expect(details[0]!.reason).toContain('"gisteren" is not an instant');
    expect(sent.map((s) => [s.workflowId, s.decisionRecorded])).toEqual([
      ['cycle/routering/2', false],
      ['cycle/routering/3', true],
    ]);
  });

  it("catches a new cycle's carried questions up with the answers and lessons the record holds", async () => {
    const { db } = current();
    const { client } = signalClient(db, new Set(['cycle/routering/1', 'group/alg-routering']));
    const routing = createRoutingActivities(client, db);
    const item = answered('cycle/routering/1/question-1@later', 'cycle/routering/1');
    await routing.routeTableEvents(answering(21, item));
    const group = groupEventsFor('alg-routering', 'routering');
    const outcome = group.outcome('cycle/routering/1', 4);
    await applyGroupEvents(db, group.list);
    expect(await routing.deliverGroupOutcome(outcome)).toBe('record');

    expect(
      await routing.catchUpCarried({
        cycleId: 'cycle/routering/2',
        programmeId: 'routering',
        escalationIds: [item.id, 'cycle/routering/1/question-2@open'],
        origins: [
          { cycleId: 'cycle/routering/1', questionNumber: 4 },
          { cycleId: 'cycle/routering/1', questionNumber: 5 },
        ],
      }),
    ).toEqual({
      answers: [{ escalationId: item.id, source: item.source, decision }],
      outcomes: [outcome],
    });
  });
});
