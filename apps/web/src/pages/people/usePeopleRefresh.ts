import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/trpc';

/** After a change to a person or their roles: the people, their names and their memberships are read again. */
export function usePeopleRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.people.pathFilter()),
      queryClient.invalidateQueries(trpc.memberships.pathFilter()),
    ]);
  };
}
