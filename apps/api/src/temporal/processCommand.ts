import type { UpdateDefinition } from '@temporalio/common';
import { z } from 'zod';
import type { Command, Role } from '@leercyclus/domain';
import { procedureFor } from '../trpc.js';
import { runCommand } from './commandErrors.js';

/**
 * A client's id for one command: sent twice (a retry, a double click), the command takes effect once, as
 * Temporal keeps one update per id.
 */
export const commandRequestSchema = z.object({ requestId: z.string().trim().min(8).max(100).optional() });

/**
 * Procedures for the commands of one kind of process: the process's reference and the command's own fields,
 * validated by the same schema the workflow's validator uses, sent as an update carrying the signed-in user.
 */
export function commandsOn<Ref extends z.ZodObject>(
  ref: Ref,
  locate: (ref: z.output<Ref>) => { workflowId: string; describe: string },
) {
  const refKeys = Object.keys(ref.shape);
  return function command<S extends z.ZodType, R>(
    roles: [Role, ...Role[]],
    schema: S,
    update: UpdateDefinition<R, [Command<z.output<S>>]>,
    output: z.ZodType<R>,
  ) {
    return procedureFor(...roles)
      .input(z.intersection(ref.extend(commandRequestSchema.shape), schema))
      .output(output)
      .mutation(async ({ ctx, input }) => {
        const { requestId, ...fields } = input as { requestId?: string } & Record<string, unknown>;
        const command = Object.fromEntries(Object.entries(fields).filter(([key]) => !refKeys.includes(key)));
        const { workflowId, describe } = locate(ref.parse(fields));
        return runCommand(ctx.temporal, workflowId, describe, () =>
          ctx.temporal.workflow.getHandle(workflowId).executeUpdate(update, {
            args: [{ by: ctx.user.id, input: command as z.output<S> }],
            ...(requestId ? { updateId: requestId } : {}),
          }),
        );
      });
  };
}
