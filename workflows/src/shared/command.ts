import type { UpdateDefinition } from '@temporalio/common';
import { setHandler } from '@temporalio/workflow';
import { commandSchema, type Command } from '@leercyclus/domain';
import type { z } from 'zod';
import { parseCommand, refuse } from './commandErrors.js';

export interface CommandOptions<I, R> {
  /** Refuses the command (by throwing) while the process takes no commands, e.g. once closed. */
  accepting: () => void;
  /** Checks the command, and who sends it, against the current state; a refusal leaves no trace in history. */
  validate: (input: I, by: string) => void;
  /** Applies an accepted command; it may await (e.g. signal another process) but must not throw. */
  apply: (input: I, by: string) => R | Promise<R>;
}

/**
 * Registers a command as an update whose synchronous validator parses it with the same zod schema the API uses
 * and checks it against the state, so only accepted commands are written to history.
 */
export function handleCommand<R, I>(
  update: UpdateDefinition<R, [Command<I>]>,
  schema: z.ZodType<I>,
  options: CommandOptions<I, R>,
): void {
  const envelope = commandSchema(schema);
  setHandler(
    update,
    (raw) => {
      const { input, by } = parseCommand(envelope, raw) as Command<I>;
      return options.apply(input, by);
    },
    {
      validator: (raw) => {
        options.accepting();
        const { input, by } = parseCommand(envelope, raw) as Command<I>;
        options.validate(input, by);
      },
    },
  );
}

export function refuseWhenClosed(isClosed: () => boolean, what: string): () => void {
  return () => {
    if (isClosed()) throw refuse('closed', `${what} is closed; it takes no more changes.`);
  };
}
