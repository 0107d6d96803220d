import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LaunchWizard } from '../../../components/wizard/LaunchWizard';
import { errorKind } from '../../../errors/describeError';
import { useTRPC } from '../../../trpc/trpc';
import { cyclePath } from '../../paths';
import { CycleBasicsStep } from './CycleBasicsStep';
import { CycleReviewStep } from './CycleReviewStep';
import { CycleScheduleStep } from './CycleScheduleStep';
import { cycleWizard } from './cycleWizardForm';

/** `/cycles/new`: the project leader launches a learning cycle, step by step, seeing its calendar first. */
export function CycleLaunchPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const launch = useMutation(trpc.cycles.launch.mutationOptions());
  return (
    <LaunchWizard
      kind="cycle"
      form={cycleWizard}
      launch={launch}
      lists={trpc.cycles.pathFilter()}
      pathOf={(input) => cyclePath(input.programmeId, input.number)}
      refusal={(error, input) => {
        const kind = errorKind(error);
        if (kind === 'conflict') {
          return {
            path: 'number',
            message: t('launch.conflict', { number: input.number, programmeId: input.programmeId }),
          };
        }
        if (kind === 'notFound' && input.fromCycle !== undefined) {
          return {
            path: 'fromCycle',
            message: t('launch.fromCycleNotFound', {
              number: input.fromCycle,
              programmeId: input.programmeId,
            }),
          };
        }
        return null;
      }}
      content={(props) => ({
        basics: <CycleBasicsStep {...props} />,
        schedule: <CycleScheduleStep {...props} />,
      })}
      review={(plan, edit, form) => (
        <CycleReviewStep
          launch={plan.launch}
          calendar={plan.calendar}
          fromCycle={typeof form.fromCycle === 'number' ? form.fromCycle : null}
          onEdit={edit}
        />
      )}
    />
  );
}
