import pg from 'pg';
import { cycleWorkflowId } from '@leercyclus/domain';
import { isApiError, users } from '../system/apiClient.js';
import { sleep } from '../system/stats.js';
import { describeStream, launchDrillCycles, planCommands, streamCommands } from './commands.js';
import type { Drill, DrillOutcome } from './drill.js';
import type { TcpProxy } from './tcpProxy.js';
import { describeVerification, settled, strayAppliedEvents, verifyCycles } from './verify.js';

/** The local Postgres server the outage drill runs the record on (trust authentication). */
export const postgresServer = { host: '127.0.0.1', port: 5432, user: 'postgres', adminDatabase: 'test' };

/** Creates a fresh, empty database on the local server; returns its name. */
export async function createDatabase(name: string): Promise<void> {
  const client = new pg.Client({ ...postgresServer, database: postgresServer.adminDatabase });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ ...postgresServer, database: postgresServer.adminDatabase });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * The record's Postgres unreachable while sessions are recorded: the proxy between the worker and API and
 * Postgres resets every connection for the outage. Commands still succeed (they are Temporal updates); the
 * record activities fail and retry; once Postgres is back, the record catches up with nothing lost or doubled.
 */
export function postgresOutageDrill(proxy: () => TcpProxy, outageMs: (quick: boolean) => number): Drill {
  return {
    number: 3,
    name: 'Postgres unreachable while sessions are recorded',
    async run(context): Promise<DrillOutcome> {
      const { system } = context;
      const outage = outageMs(context.quick);
      const refs = await launchDrillCycles(system, 'drill-postgres', context.quick ? 4 : 8);
      const { commands, expectations } = await planCommands(
        system,
        refs,
        context.quick ? 3 : 5,
        'drill-postgres',
      );
      for (const ref of refs)
        await settled(system.client.workflow.getHandle(cycleWorkflowId(ref.programmeId, ref.number)), 60_000);

      proxy().cut();
      const cutAt = performance.now();
      context.progress(`Postgres cut off for ${outage / 1000} s; recording sessions meanwhile…`);
      const stream = streamCommands(system, commands, {
        concurrency: 8,
        callTimeoutMs: 20_000,
        deadlineMs: 120_000,
      });
      const stats = await stream.done;

      // A read of the record while it is away: the API should answer with an error, not hang.
      const listStarted = performance.now();
      const listOutcome = await system
        .as(users.participant)
        .cycles.list.query(undefined, { signal: AbortSignal.timeout(30_000) })
        .then(
          () => 'answered (from where?)',
          (error: unknown) => (isApiError(error) ? (error.data?.code ?? error.message) : String(error)),
        );
      const listMs = performance.now() - listStarted;

      await sleep(Math.max(0, outage - (performance.now() - cutAt)));
      let maxAttempt = 0;
      let lastFailure = '';
      for (const ref of refs) {
        const description = await system.client.workflow
          .getHandle(cycleWorkflowId(ref.programmeId, ref.number))
          .describe();
        for (const activity of description.raw.pendingActivities ?? []) {
          if ((activity.attempt ?? 0) > maxAttempt) {
            maxAttempt = activity.attempt ?? 0;
            lastFailure = activity.lastFailure?.message ?? '';
          }
        }
      }
      proxy().restore();
      const restoredAt = performance.now();
      context.progress('Postgres reachable again; waiting for the record to catch up…');
      for (const ref of refs) {
        await settled(
          system.client.workflow.getHandle(cycleWorkflowId(ref.programmeId, ref.number)),
          180_000,
        );
      }
      const catchUpSeconds = (performance.now() - restoredAt) / 1000;
      const verification = await verifyCycles(context, expectations);
      const stray = await strayAppliedEvents(context);
      const problems = [
        ...stats.gaveUp.map((command) => `command never taken: ${command}`),
        ...verification.problems,
        ...(stray.length > 0 ? [`applied_events holds ids of no process: ${stray.join(', ')}`] : []),
      ];
      if (maxAttempt < 2) problems.push('no record activity was seen retrying during the outage');
      return {
        injected:
          `every connection to Postgres reset for ${outage / 1000} s (TCP proxy, ${proxy().refused} connections refused) ` +
          `while ${commands.length} commands were sent`,
        found: [
          describeStream(stats),
          `record activities retrying: up to attempt ${maxAttempt} ("${lastFailure.slice(0, 60)}")`,
          `cycles.list during the outage: ${listOutcome} after ${Math.round(listMs)} ms`,
          `record caught up ${catchUpSeconds.toFixed(1)} s after Postgres came back`,
          describeVerification(verification),
        ],
        problems,
      };
    },
  };
}
