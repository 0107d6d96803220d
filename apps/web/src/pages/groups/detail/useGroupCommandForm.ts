import { useQueryClient } from '@tanstack/react-query';
import { useCommandForm } from '../../../components/useCommandForm';
import { useTRPC } from '../../../trpc/trpc';

/** A form that sends a command to a group: done, it reads the groups again, the page and the lists alike. */
export function useGroupCommandForm(paths: ReadonlySet<string>, onClose: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCommandForm(paths, onClose, () => queryClient.invalidateQueries(trpc.groups.pathFilter()));
}
