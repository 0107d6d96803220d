import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import {
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { commandSchema, type Command, type ReminderRules } from '@leercyclus/domain/workflow';
import type { z } from 'zod';
import { AppliedUpdates, type AppliedUpdate } from './appliedUpdates.js';

export type { AppliedUpdate };
import { parseCanonical } from './canonical.js';
import { refuse } from './commandErrors.js';

/** A command's part in a process: check it against the state, then apply it. */
export interface CommandHandler<I, R> {
  /** Refuses (by throwing `refuse(…)`) what the state does not allow; a refusal leaves no trace in history. */
  validate?: (input: I, by: string) => void;
  /** Applies an accepted command as history holds it; it may await (e.g. an activity) but must not throw. */
  apply: (input: I, by: string) => R | Promise<R>;
  /** Whether the command changes what the process waits for (its next timer), so the loop looks again. */
  wakes?: boolean;
}

interface Drain {
  run(finished: () => boolean): Promise<void>;
}

export interface ProcessOptions {
  /** The process's id (its workflow id, as its state names it): with the run ids it makes every id it hands out. */
  processId: string;
  /** Refuses commands once true, e.g. when a cycle has closed. */
  closed: () => boolean;
  /** How the process is named in a refusal, e.g. "Cycle 2 of proeftuin". */
  describe: () => string;
  /** Messages (updates and signals) a run takes before it continues as new. */
  messagesPerRun: number;
  appliedUpdates?: AppliedUpdate[];
}

/**
 * Processes started before ids were unique per execution chain (and reminders stepped in local days) keep
 * their old ids and timers on replay.
 */
const durablePatch = 'durable-processes';

/**
 * The skeleton every long-lived process shares (learning cycle, action-learning group, management table):
 * commands as validated updates applied once even across continue-as-new, signals, queues that hand changes on,
 * and the loop — sleep until the next event or a message, let handlers finish, drain, continue as new or end.
 */
export class Process {
  /** False only when replaying a process started before ids were unique per execution chain. */
  readonly durable: boolean;
  /** How this process times its reminders (see ReminderRules). */
  readonly reminderRules: ReminderRules;
  /** Prefix of the record events of this run: unique per run, so a relaunch or reset never reuses an id. */
  readonly eventPrefix: string;
  /** Prefix of ids that must stay the same across the chain of runs (escalations). */
  readonly chainPrefix: string;
  private readonly applied: AppliedUpdates;
  private readonly queues: Drain[] = [];
  private readonly tasks: (() => Promise<void>)[] = [];
  private messages = 0;
  private woken = false;
  private stopping = false;

  constructor(private readonly options: ProcessOptions) {
    this.applied = new AppliedUpdates(options.appliedUpdates);
    const { runId, firstExecutionRunId } = workflowInfo();
    const workflowId = options.processId;
    this.durable = patched(durablePatch);
    this.reminderRules = this.durable ? 'local' : 'legacy';
    this.eventPrefix = this.durable ? `${workflowId}@${runId}` : workflowId;
    this.chainPrefix = this.durable ? `${workflowId}@${firstExecutionRunId}` : workflowId;
  }

  /** A queue whose sending the loop runs and drains before the run ends. */
  drains<Q extends Drain>(queue: Q): Q {
    this.queues.push(queue);
    return queue;
  }

  /**
   * Registers a command as an update: the validator parses it with the schema the API uses and accepts only its
   * canonical form, then checks it against the state; the handler applies the input history holds. An update
   * id applied in an earlier run of the chain gets that run's answer and changes nothing.
   */
  command<I, R>(
    update: UpdateDefinition<R, [Command<I>]>,
    schema: z.ZodType<I>,
    handler: CommandHandler<I, R>,
  ) {
    const envelope = commandSchema(schema);
    setHandler(
      update,
      (command) => {
        const id = currentUpdateInfo()?.id;
        if (id !== undefined && this.applied.has(id)) return this.applied.answerTo(id) as R;
        this.messages += 1;
        if (handler.wakes) this.wake();
        // A synchronous handler answers at once: its answer comes before the record activity it queued.
        const result = handler.apply(command.input, command.by);
        if (!(result instanceof Promise)) return this.applied.remember(id, result);
        return result.then((answer) => this.applied.remember(id, answer));
      },
      {
        validator: (raw) => {
          if (this.applied.has(currentUpdateInfo()?.id)) return;
          if (this.options.closed()) {
            throw refuse('closed', `${this.options.describe()} is closed; it takes no more changes.`);
          }
          parseCanonical(envelope, raw, ({ input, by }) => handler.validate?.(input, by));
        },
      },
    );
  }

  /** Work that runs beside the loop (e.g. an activity at start) and is finished before the queues drain. */
  task(work: () => Promise<void>): void {
    this.tasks.push(work);
  }

  /** Registers a signal; it counts towards the run's messages and, when it changes the timers, wakes the loop. */
  signal<A extends unknown[]>(
    definition: SignalDefinition<A>,
    apply: (...args: A) => void,
    options: { wakes: boolean } = { wakes: false },
  ): void {
    setHandler(definition, (...args: A) => {
      this.messages += 1;
      apply(...args);
      if (options.wakes) this.wake();
    });
  }

  wake(): void {
    this.woken = true;
  }

  private get shouldContinueAsNew(): boolean {
    return this.messages >= this.options.messagesPerRun || workflowInfo().continueAsNewSuggested;
  }

  /**
   * Runs the process: `tick` does what the timers ask by now and returns when to look again (undefined: only a
   * message wakes it); the loop ends when `done` holds or the run should continue as new. Then every accepted
   * message is applied, `finish` records the last changes, and every queue is drained.
   */
  async run(loop: { tick: () => number | undefined; done: () => boolean; finish?: () => void }) {
    const draining = this.queues.map((queue) => queue.run(() => this.stopping));
    const working = this.tasks.map((work) => work());
    let continuing = false;
    for (;;) {
      const nextAt = loop.tick();
      if (loop.done()) break;
      if (this.shouldContinueAsNew) {
        continuing = true;
        break;
      }
      this.woken = false;
      const woken = () => this.woken || this.shouldContinueAsNew;
      const remaining = nextAt === undefined ? undefined : nextAt - Date.now();
      if (remaining === undefined) await condition(woken);
      else if (remaining > 0) await condition(woken, remaining);
    }
    await condition(allHandlersFinished);
    // No extra await without tasks: the last changes must be queued before the queues take their next batch.
    if (working.length > 0) await Promise.all(working);
    loop.finish?.();
    this.stopping = true;
    await Promise.all(draining);
    return { continuing, appliedUpdates: this.applied.carried };
  }
}
