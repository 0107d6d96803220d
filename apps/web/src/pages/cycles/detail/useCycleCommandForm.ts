import type { RouterOutputs } from '@leercyclus/api';
import { useCommandForm, type Command, type CommandFormOptions } from '../../../components/useCommandForm';
import { useRefreshCycle } from '../../../trpc/useRefreshCycle';

/** A form that sends a command to one cycle: done, it reads the cycle again, and the lists that show it. */
export function useCycleCommandForm<Values extends Record<string, unknown>, Input>(
  cycle: RouterOutputs['cycles']['get'],
  options: Omit<CommandFormOptions<Values, Input>, 'refresh'>,
) {
  const ref = { programmeId: cycle.programmeId, number: cycle.number };
  const refresh = useRefreshCycle(ref);
  const form = useCommandForm({ ...options, refresh });
  type Sent = typeof ref & { requestId: string } & Input;
  return {
    ...form,
    ref,
    refresh,
    /** What the form's modal needs, its command sent to this cycle. */
    modal: (command: Command<Sent>) =>
      form.modal(command, (input, requestId): Sent => ({ ...ref, requestId, ...input })),
  };
}
