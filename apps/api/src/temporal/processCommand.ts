import type { UpdateDefinition } from '@temporalio/common';
import { z } from 'zod';
import type { Command } from '@leercyclus/domain';
import type { Grants } from '../access/grants.js';
import { requirePeople, type PersonField } from '../access/namedPeople.js';
import { auditAs } from '../audit/trail.js';
import type { Context } from '../context.js';
import { procedureIn, type Caller } from '../trpc.js';
import { runCommand } from './commandErrors.js';

/**
 * A client's id for one command: sent twice (a retry, a double click), the command takes effect once, as
 * Temporal keeps one update per id.
 */
export const commandRequestSchema = z.object({ requestId: z.string().trim().min(8).max(100).optional() });

/** Where a command goes: the process's workflow, how messages name it, and the id of the scope it belongs to. */
export interface CommandTarget {
  workflowId: string;
  describe: string;
  scopeId: string;
}

export interface CommandOptions<C, R> {
  /** The fields of the command that name a person, who must exist and be active. */
  people?: (command: C) => PersonField[];
  /** What follows in the record once the process accepted the command (a member's membership of the group). */
  then?: (done: Context & Caller & { command: C; result: R; scopeId: string }) => Promise<void>;
}

/**
 * Procedures for the commands of one kind of process: the process's reference and the command's own fields,
 * validated by the same schema the workflow's validator uses, sent as an update carrying the signed-in person.
 * The caller needs one of the command's roles in the process's scope; the people the command names must exist.
 */
export function commandsOn<Ref extends z.ZodObject>(
  scope: 'programme' | 'group',
  ref: Ref,
  locate: (ref: z.output<Ref>) => CommandTarget,
) {
  const refKeys = Object.keys(ref.shape);
  return function command<S extends z.ZodType, R>(
    grants: Grants,
    schema: S,
    update: UpdateDefinition<R, [Command<z.output<S>>]>,
    output: z.ZodType<R>,
    options: CommandOptions<z.output<S>, R> = {},
  ) {
    const input = z.intersection(ref.extend(commandRequestSchema.shape), schema);
    const split = (value: unknown) => {
      const { requestId, ...fields } = value as { requestId?: string } & Record<string, unknown>;
      const command = Object.fromEntries(Object.entries(fields).filter(([key]) => !refKeys.includes(key)));
      return { requestId, command: command as z.output<S>, located: locate(ref.parse(fields)) };
    };
    return procedureIn({
      scope,
      grants,
      input,
      from: (value) => split(value).located.scopeId,
    })
      .meta(
        auditAs('change', scope === 'programme' ? 'cycle' : 'group', {
          recordId: ({ input }) => split(input).located.workflowId,
        }),
      )
      .output(output)
      .mutation(async ({ ctx, input }) => {
        const { requestId, command, located } = split(input);
        await requirePeople(ctx.db, options.people?.(command) ?? []);
        const { workflowId, describe } = located;
        const result = await runCommand(ctx.temporal, workflowId, describe, () =>
          ctx.temporal.workflow.getHandle(workflowId).executeUpdate(update, {
            args: [{ by: ctx.signedIn.person.id, input: command }],
            ...(requestId ? { updateId: requestId } : {}),
          }),
        );
        await options.then?.({ ...ctx, command, result, scopeId: located.scopeId });
        return result;
      });
  };
}
