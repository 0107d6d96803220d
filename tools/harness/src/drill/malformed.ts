import type { z } from 'zod';
// The router itself (not only its type): its procedures, their input schemas and who may call them.
import { appRouter } from '@leercyclus/api';
import { cycleWorkflowId, tableWorkflowId } from '@leercyclus/domain';
import { isApiError, parts, users } from '../system/apiClient.js';
import { runConcurrently, sleep } from '../system/stats.js';
import { launchDrillCycles } from './commands.js';
import type { Drill, DrillContext, DrillOutcome } from './drill.js';
import { historyFacts, settled } from './verify.js';
import { exampleOf, malformedInputs, type Malformed, type NamedValues } from './zodInputs.js';

/** The roles that may call a procedure, per kind of scope, as its metadata states them (apps/api access). */
type Grants = Partial<Record<'programme' | 'table' | 'group' | 'installation', readonly string[]>>;

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: z.ZodType[];
  meta?: { access: { kind: string; grants?: Grants } };
}

interface Case extends Malformed {
  procedure: string;
  type: 'query' | 'mutation';
  userId: string;
}

const procedures = () =>
  Object.entries(
    (appRouter as unknown as { _def: { procedures: Record<string, { _def: ProcedureDef }> } })._def
      .procedures,
  );

/** Who plays which role in the drill's programme and table (see `parts`), and administers the installation. */
const holders: Record<string, Record<string, string>> = {
  programme: {
    projectLeader: users.leader,
    coordinator: users.coordinator,
    monitor: users.monitor,
    participant: users.participant,
  },
  table: { member: users.management },
  installation: { administrator: users.administrator, dataProtectionOfficer: users.administrator },
};

/** A person allowed to call the procedure, so the refusal is about the input, not the caller. */
function callerFor(definition: ProcedureDef): string {
  const grants = definition.meta?.access.grants ?? {};
  for (const [scope, roles] of Object.entries(grants)) {
    const holder = roles.map((role) => holders[scope]?.[role]).find((id) => id !== undefined);
    if (holder) return holder;
  }
  return users.participant;
}

function call(context: DrillContext, c: Case): Promise<unknown> {
  let node: unknown = context.system.as(c.userId);
  for (const segment of c.procedure.split('.')) node = (node as Record<string, unknown>)[segment];
  const procedure = node as {
    query(input: unknown, options: object): Promise<unknown>;
    mutate(input: unknown, options: object): Promise<unknown>;
  };
  const options = { signal: AbortSignal.timeout(30_000) };
  return c.type === 'query' ? procedure.query(c.input, options) : procedure.mutate(c.input, options);
}

/** Does the refusal name the broken field (its path, a parent of it, or a field inside it)? */
function namesField(path: string, fieldErrors: { path: string }[], message: string): boolean {
  if (path === '') return message.length > 0;
  return (
    fieldErrors.some(
      (error) =>
        error.path === path ||
        error.path.startsWith(`${path}.`) ||
        (error.path !== '' && path.startsWith(`${error.path}.`)),
    ) || message.includes(`${path}:`)
  );
}

interface Counts {
  workflows: number;
  histories: Record<string, number>;
  taskFailures: number;
  rows: Record<string, number>;
}

/**
 * Malformed input to every procedure that takes input, generated from the procedures' own zod schemas (a valid
 * example broken field by field): each must be refused as BAD_REQUEST naming the field, and nothing may
 * change — no workflow started, no history event on the processes the inputs point at, no workflow task
 * failure, no row in the record.
 */
export function malformedDrill(count: number): Drill {
  return {
    number: 4,
    name: `${count.toLocaleString('en')} malformed inputs across every procedure`,
    async run(context): Promise<DrillOutcome> {
      const { system, record } = context;
      const [cycle] = await launchDrillCycles(system, 'drill-malformed', 1);
      const cycleId = cycleWorkflowId(cycle!.programmeId, cycle!.number);
      const state = await system.as(users.monitor).cycles.get.query(cycle!);
      const occurrenceId = state.occurrences.find((o) => o.status === 'due')!.id;
      await system.as(users.monitor).cycles.addQuestion.mutate({
        ...cycle!,
        text: 'Wanneer schakelen we de jeugd-GGZ in?',
        raisedIn: 'learningSession',
        level: 'team',
        category: 'safety',
      });
      const table = 'drill-tafel';
      await system.grant(parts({ tables: [table] }));
      await system.as(users.administrator).tables.upsert.mutate({
        slug: table,
        name: 'Managementtafel Jeugd (drill)',
      });
      const watched = [cycleId, tableWorkflowId(table)];
      const named: NamedValues = {
        programmeId: cycle!.programmeId,
        number: cycle!.number,
        occurrenceId,
        checkpointId: 'checkpoint-1',
        questionNumber: 1,
        table,
        slug: table,
        id: cycle!.programmeId,
        name: 'West',
        district: 'West',
        title: 'Drill: een cyclus met een te controleren invoer',
        requestId: 'drill-malformed-request-1',
        escalationId: `${cycleId}#question-1`,
        text: 'Wat heeft het wijkteam nodig om zelf verder te kunnen?',
      };

      const withoutInput: string[] = [];
      const withoutExample: string[] = [];
      const perProcedure = new Map<string, Case[]>();
      for (const [path, { _def: definition }] of procedures()) {
        if (definition.type === 'subscription') continue;
        if (definition.inputs.length === 0) {
          withoutInput.push(path);
          continue;
        }
        const schema = definition.inputs[0]!;
        const refuses = (input: unknown) =>
          definition.inputs.some((parser) => !parser.safeParse(input).success);
        const example = exampleOf(schema, named);
        const usable = example !== undefined && !refuses(example);
        if (!usable) withoutExample.push(path);
        const cases = malformedInputs(schema, usable ? example : undefined, refuses).map((m) => ({
          ...m,
          procedure: path,
          type: definition.type as 'query' | 'mutation',
          userId: callerFor(definition),
        }));
        perProcedure.set(path, cases);
      }
      // Round robin over the procedures, so every one gets its share of the count.
      const selected: Case[] = [];
      const queues = [...perProcedure.values()].map((cases) => [...cases]);
      while (selected.length < count && queues.some((queue) => queue.length > 0)) {
        for (const queue of queues) {
          const next = queue.shift();
          if (next && selected.length < count) selected.push(next);
        }
      }

      for (const id of watched) await settled(system.client.workflow.getHandle(id), 60_000);
      const measure = async (): Promise<Counts> => {
        const histories: Record<string, number> = {};
        let taskFailures = 0;
        for (const id of watched) {
          const facts = await historyFacts(system, id);
          histories[id] = facts.events;
          taskFailures += facts.workflowTaskFailures;
        }
        const [rows] = await record.rows<Record<string, number>>(
          `select (select count(*)::int from audit_log) as audit_log,
                  (select count(*)::int from applied_events) as applied_events,
                  (select count(*)::int from programmes) as programmes,
                  (select count(*)::int from partner_organisations) as partner_organisations,
                  (select count(*)::int from cases) as cases,
                  (select count(*)::int from processes) as processes`,
        );
        return {
          // The mail schedule starts a delivery run every minute: those are no input's doing.
          workflows: (await system.client.workflow.count('WorkflowType != "deliverMail"')).count,
          histories,
          taskFailures,
          rows: rows ?? {},
        };
      };
      const before = await measure();

      const problems: string[] = [];
      const codes: Record<string, number> = {};
      let refusedNamingField = 0;
      const started = performance.now();
      await runConcurrently(selected, 8, async (c) => {
        const label = `${c.procedure} ${c.path || '(input)'}: ${c.kind}`;
        try {
          await call(context, c);
          problems.push(`accepted: ${label}`);
        } catch (error) {
          if (!isApiError(error)) {
            problems.push(`${label}: ${String(error)}`);
            return;
          }
          const code = error.data?.code ?? 'none';
          codes[code] = (codes[code] ?? 0) + 1;
          const fieldErrors =
            (error.data as { fieldErrors?: { path: string }[] } | undefined)?.fieldErrors ?? [];
          if (code !== 'BAD_REQUEST') problems.push(`${label}: ${code} (${error.message.slice(0, 100)})`);
          else if (!namesField(c.path, fieldErrors, error.message))
            problems.push(`${label}: refused without naming the field ("${error.message.slice(0, 100)}")`);
          else refusedNamingField += 1;
        }
      });
      const seconds = (performance.now() - started) / 1000;
      await sleep(2000);
      const after = await measure();

      if (after.workflows !== before.workflows)
        problems.push(`workflows: ${before.workflows} before, ${after.workflows} after`);
      for (const id of watched) {
        if (after.histories[id] !== before.histories[id])
          problems.push(`${id}: history ${before.histories[id]} → ${after.histories[id]} events`);
      }
      if (after.taskFailures > 0) problems.push(`${after.taskFailures} workflow task failures`);
      for (const [table, n] of Object.entries(after.rows)) {
        if (n !== before.rows[table])
          problems.push(`${table}: ${before.rows[table]} rows before, ${n} after`);
      }
      const kinds = new Set(selected.map((c) => c.kind.replace(/ \S+$/, '').replace(/: .*/, '')));
      const procedureCount = new Set(selected.map((c) => c.procedure)).size;
      return {
        injected:
          `${selected.length} malformed inputs over ${procedureCount} procedures (${kinds.size} kinds: wrong types, missing fields, ` +
          `out-of-range numbers, bad dates and times, too long or empty text, personal data in free text)`,
        found: [
          `${refusedNamingField}/${selected.length} refused as BAD_REQUEST naming the field, in ${seconds.toFixed(1)} s ` +
            `(${Object.entries(codes)
              .map(([code, n]) => `${n} ${code}`)
              .join(', ')})`,
          `workflows ${before.workflows} → ${after.workflows}; histories of ${watched.join(', ')} unchanged: ` +
            `${watched.every((id) => after.histories[id] === before.histories[id])}; ${after.taskFailures} workflow task failures; ` +
            `audit_log ${before.rows.audit_log} → ${after.rows.audit_log} rows`,
          `no input to malform: ${withoutInput.join(', ')}` +
            (withoutExample.length > 0
              ? `; no valid example generated (whole-input cases only): ${withoutExample.join(', ')}`
              : ''),
        ],
        problems: problems
          .slice(0, 25)
          .concat(problems.length > 25 ? [`… and ${problems.length - 25} more`] : []),
        details: {
          perProcedure: Object.fromEntries([...perProcedure].map(([p, cases]) => [p, cases.length])),
        },
      };
    },
  };
}
