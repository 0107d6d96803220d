import type { CycleState } from '@leercyclus/domain';
import { useCommandForm } from '../../components/useCommandForm';
import { useRefreshCycle } from '../../trpc/useRefreshCycle';

/** A form that sends a command to one cycle: done, it reads the cycle again, and the lists that show it. */
export function useCycleCommandForm(cycle: CycleState, paths: ReadonlySet<string>, onClose: () => void) {
  const ref = { programmeId: cycle.programmeId, number: cycle.number };
  const refresh = useRefreshCycle(ref);
  return { ref, refresh, ...useCommandForm(paths, onClose, refresh) };
}
