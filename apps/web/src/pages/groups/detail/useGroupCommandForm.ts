import { useQueryClient } from '@tanstack/react-query';
import { useCommandForm, type CommandFormOptions } from '../../../components/useCommandForm';
import { useTRPC } from '../../../trpc/trpc';

/** A form that sends a command to a group: done, it reads the groups again, the page and the lists alike. */
export function useGroupCommandForm<Values extends Record<string, unknown>, Input>(
  options: Omit<CommandFormOptions<Values, Input>, 'refresh'>,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCommandForm({
    ...options,
    refresh: () => queryClient.invalidateQueries(trpc.groups.pathFilter()),
  });
}
