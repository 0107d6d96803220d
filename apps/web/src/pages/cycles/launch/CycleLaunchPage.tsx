import { useMemo, useState } from 'react';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckpointsStep } from '../../../components/wizard/CheckpointsStep';
import { LaunchPage } from '../../../components/wizard/LaunchPage';
import { useWizard } from '../../../components/wizard/useWizard';
import { WizardFrame } from '../../../components/wizard/WizardFrame';
import { errorKind } from '../../../errors/describeError';
import { newRequestId } from '../../../trpc/requestId';
import { useTRPC } from '../../../trpc/trpc';
import { cyclePath } from '../../paths';
import { CycleBasicsStep } from './CycleBasicsStep';
import { CycleReviewStep } from './CycleReviewStep';
import { CycleScheduleStep } from './CycleScheduleStep';
import {
  checkWizard,
  cycleSteps,
  emptyWizardForm,
  fieldPaths,
  launchInput,
  steps,
  type Step,
} from './cycleWizardForm';

/** `/cycles/new`: the project leader launches a learning cycle, step by step, seeing its calendar first. */
export function CycleLaunchPage() {
  const { t } = useTranslation();
  return (
    <LaunchPage
      title={t('launch.title')}
      procedure="cycles.launch"
      notAllowed={t('launch.onlyProjectLeader')}
    >
      {(launchedBy) => <LaunchWizard launchedBy={launchedBy} />}
    </LaunchPage>
  );
}

function LaunchWizard({ launchedBy }: { launchedBy: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // One request id per wizard: sending the same launch twice (a double click, a retry) starts one cycle.
  const [requestId] = useState(newRequestId);
  const wizard = useWizard({ initial: emptyWizardForm, index: cycleSteps, fieldPaths });
  const { form } = wizard;
  const check = useMemo(() => checkWizard(form, requestId, launchedBy), [form, requestId, launchedBy]);

  const launch = useMutation(
    trpc.cycles.launch.mutationOptions({
      onSuccess: async (_result, input) => {
        notifications.show({ color: 'teal', message: t('launch.launched', { title: input.title }) });
        await queryClient.invalidateQueries(trpc.cycles.pathFilter());
        await navigate(cyclePath(input.programmeId, input.number));
      },
      onError: (error, input) => {
        const kind = errorKind(error);
        const refusal =
          kind === 'conflict'
            ? {
                path: 'number',
                message: t('launch.conflict', { number: input.number, programmeId: input.programmeId }),
              }
            : kind === 'notFound' && input.fromCycle !== undefined
              ? {
                  path: 'fromCycle',
                  message: t('launch.fromCycleNotFound', {
                    number: input.fromCycle,
                    programmeId: input.programmeId,
                  }),
                }
              : null;
        wizard.failLaunch(error, t('launch.failedTitle'), refusal);
      },
    }),
  );

  const stepProps = wizard.stepProps;
  const stepTexts = (step: Step) => ({
    step,
    label: t(`launch.steps.${step}`),
    description: t(`launch.stepHints.${step}`),
  });

  return (
    <WizardFrame
      wizard={wizard}
      label={t('launch.title')}
      intro={t('launch.intro')}
      onSubmit={(event) => wizard.submit(event, check, () => launch.mutate(launchInput(form, requestId)))}
      cancelTo="/cycles"
      submitLabel={t('launch.submit')}
      submitting={launch.isPending}
      steps={[
        { ...stepTexts('basics'), content: <CycleBasicsStep {...stepProps} /> },
        { ...stepTexts('schedule'), content: <CycleScheduleStep {...stepProps} /> },
        {
          ...stepTexts('checkpoints'),
          content: (
            <CheckpointsStep
              {...stepProps}
              intro={t('launch.checkpointsIntro')}
              defaultText={t('launch.checkpointsDefault')}
            />
          ),
        },
        {
          ...stepTexts('review'),
          content: check.ok ? (
            <CycleReviewStep
              launch={check.launch}
              calendar={check.calendar}
              fromCycle={typeof form.fromCycle === 'number' ? form.fromCycle : null}
              onEdit={(target) => wizard.goTo(steps.indexOf(target))}
            />
          ) : (
            <Alert color="yellow">{t('launch.reviewIncomplete')}</Alert>
          ),
        },
      ]}
    />
  );
}
