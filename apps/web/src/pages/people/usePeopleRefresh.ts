import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/trpc';

/**
 * After a change to a person or their roles: the people and their names are read again, and who is signed in
 * (an administrator may have changed their own roles).
 */
export function usePeopleRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.people.pathFilter()),
      queryClient.invalidateQueries(trpc.session.me.queryFilter()),
    ]);
  };
}
