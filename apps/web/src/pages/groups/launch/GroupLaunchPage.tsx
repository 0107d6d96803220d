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
import { groupPath } from '../../paths';
import { GroupBasicsStep } from './GroupBasicsStep';
import { GroupMembersStep } from './GroupMembersStep';
import { GroupReviewStep } from './GroupReviewStep';
import { GroupScheduleStep } from './GroupScheduleStep';
import {
  checkGroupWizard,
  emptyGroupForm,
  groupFieldPaths,
  groupLaunchInput,
  groupSteps,
  groupWizardSteps,
  type GroupWizardStep,
} from './groupWizardForm';

/** `/groups/new`: the project leader launches an action-learning group, seeing its meetings first. */
export function GroupLaunchPage() {
  const { t } = useTranslation();
  return (
    <LaunchPage
      title={t('groupWizard.title')}
      procedure="groups.launch"
      notAllowed={t('groupWizard.onlyProjectLeader')}
    >
      {(launchedBy) => <GroupLaunchWizard launchedBy={launchedBy} />}
    </LaunchPage>
  );
}

function GroupLaunchWizard({ launchedBy }: { launchedBy: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // One request id per wizard: sending the same launch twice (a double click, a retry) starts one group.
  const [requestId] = useState(newRequestId);
  const wizard = useWizard({
    initial: () => emptyGroupForm(launchedBy),
    index: groupWizardSteps,
    fieldPaths: groupFieldPaths,
  });
  const { form } = wizard;
  const check = useMemo(() => checkGroupWizard(form, requestId, launchedBy), [form, requestId, launchedBy]);

  const launch = useMutation(
    trpc.groups.launch.mutationOptions({
      onSuccess: async (_result, input) => {
        notifications.show({ color: 'teal', message: t('groupWizard.launched', { slug: input.slug }) });
        await queryClient.invalidateQueries(trpc.groups.pathFilter());
        await navigate(groupPath(input.slug));
      },
      onError: (error, input) => {
        // A taken code is known only to the server; its message names the group, the panel says it plainly.
        const refusal =
          errorKind(error) === 'conflict'
            ? { path: 'slug', message: t('groupWizard.conflict', { slug: input.slug }) }
            : null;
        wizard.failLaunch(error, t('groupWizard.failedTitle'), refusal);
      },
    }),
  );

  const stepProps = wizard.stepProps;
  const stepTexts = (step: GroupWizardStep) => ({
    step,
    label: t(`groupWizard.steps.${step}`),
    description: t(`groupWizard.stepHints.${step}`),
  });

  return (
    <WizardFrame
      wizard={wizard}
      label={t('groupWizard.title')}
      intro={t('groupWizard.intro')}
      onSubmit={(event) =>
        wizard.submit(event, check, () => launch.mutate(groupLaunchInput(form, requestId)))
      }
      cancelTo="/groups"
      submitLabel={t('groupWizard.submit')}
      submitting={launch.isPending}
      steps={[
        { ...stepTexts('basics'), content: <GroupBasicsStep {...stepProps} /> },
        { ...stepTexts('members'), content: <GroupMembersStep {...stepProps} /> },
        { ...stepTexts('schedule'), content: <GroupScheduleStep {...stepProps} /> },
        {
          ...stepTexts('checkpoints'),
          content: (
            <CheckpointsStep
              {...stepProps}
              intro={t('groupWizard.checkpointsIntro')}
              defaultText={t('groupWizard.checkpointsDefault')}
            />
          ),
        },
        {
          ...stepTexts('review'),
          content: check.ok ? (
            <GroupReviewStep
              launch={check.launch}
              meetings={check.meetings}
              onEdit={(target) => wizard.goTo(groupSteps.indexOf(target))}
            />
          ) : (
            <Alert color="yellow">{t('launch.reviewIncomplete')}</Alert>
          ),
        },
      ]}
    />
  );
}
