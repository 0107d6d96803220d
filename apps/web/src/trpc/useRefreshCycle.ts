import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from './trpc';

export interface CycleRef {
  programmeId: string;
  number: number;
}

/** After a command: the cycle is read again, and the lists that show it. */
export function useRefreshCycle(ref: CycleRef): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.cycles.get.queryFilter(ref)),
      queryClient.invalidateQueries(trpc.cycles.list.pathFilter()),
      queryClient.invalidateQueries(trpc.checkpoints.overdue.pathFilter()),
    ]);
  };
}
