import { useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@leercyclus/api';
import { useCommandForm, type Command, type CommandFormOptions } from '../../../components/useCommandForm';
import { useTRPC } from '../../../trpc/trpc';

/** A form that sends a command to a group: done, it reads the groups again, the page and the lists alike. */
export function useGroupCommandForm<Values extends Record<string, unknown>, Input>(
  group: RouterOutputs['groups']['get'],
  options: Omit<CommandFormOptions<Values, Input>, 'refresh'>,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useCommandForm({
    ...options,
    refresh: () => queryClient.invalidateQueries(trpc.groups.pathFilter()),
  });
  type Sent = { slug: string; requestId: string } & Input;
  return {
    ...form,
    /** What the form's modal needs, its command sent to this group. */
    modal: (command: Command<Sent>) =>
      form.modal(command, (input, requestId): Sent => ({ slug: group.slug, requestId, ...input })),
  };
}
