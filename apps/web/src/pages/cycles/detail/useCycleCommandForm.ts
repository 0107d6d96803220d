import type { RouterOutputs } from '@leercyclus/api';
import { useCommandForm } from '../../../components/useCommandForm';
import { useRefreshCycle } from '../../../trpc/useRefreshCycle';

/** A form that sends a command to one cycle: done, it reads the cycle again, and the lists that show it. */
export function useCycleCommandForm(
  cycle: RouterOutputs['cycles']['get'],
  paths: ReadonlySet<string>,
  onClose: () => void,
) {
  const ref = { programmeId: cycle.programmeId, number: cycle.number };
  const refresh = useRefreshCycle(ref);
  return { ref, refresh, ...useCommandForm(paths, onClose, refresh) };
}
