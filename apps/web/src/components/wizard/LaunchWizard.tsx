import { useMemo, useState, type ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../session/permissions';
import { newRequestId } from '../../trpc/requestId';
import { CheckpointsStep } from './CheckpointsStep';
import type { CheckpointRow } from './checkpointRows';
import { LaunchPage } from './LaunchPage';
import type { Period } from './PeriodFields';
import { useWizard, type PlacedRefusal, type WizardStepProps } from './useWizard';
import { WizardFrame } from './WizardFrame';
import type { StepIndex, WizardCheck } from './wizardSteps';

type LaunchForm = Period & { checkpoints: CheckpointRow[] };

export interface LaunchWizardProps<Form extends LaunchForm, Step extends string, Input, Plan> {
  /** The section of the wizard's texts: its title, intro, steps, hints, submit and refusals. */
  texts: 'launch' | 'groupWizard';
  procedure: Procedure;
  /** Where "cancel" leads: the list of what it launches. */
  cancelTo: string;
  initial: (launchedBy: string) => Form;
  index: StepIndex<Step>;
  /** The form checked with the API's own schema: what would launch, or what is wrong. */
  check: (form: Form, requestId: string, launchedBy: string) => WizardCheck<Plan>;
  input: (form: Form, requestId: string) => Input;
  launch: Pick<UseMutationResult<unknown, unknown, Input>, 'mutate' | 'isPending'>;
  /** What is said once it runs, and where its page is; `refresh` reads the lists that show it again. */
  launched: (input: Input) => { message: string; path: string };
  refresh: () => Promise<unknown>;
  /** A refusal the wizard words itself beside a field (a taken code, an unknown source). */
  refusal: (error: unknown, input: Input) => PlacedRefusal | null;
  /** The content of each step but the checkpoints (alike for all) and the last, the review. */
  content: (props: WizardStepProps<Form>) => Partial<Record<Step, ReactNode>>;
  review: (plan: Plan, edit: (step: Step) => void, form: Form) => ReactNode;
}

/**
 * A launch wizard's page: for those allowed to launch, the steps ending in a review of what will run; launched,
 * its page; refused, the reasons beside the fields they concern.
 */
export function LaunchWizard<Form extends LaunchForm, Step extends string, Input, Plan>(
  props: LaunchWizardProps<Form, Step, Input, Plan>,
) {
  const { t } = useTranslation();
  return (
    <LaunchPage
      title={t(`${props.texts}.title`)}
      procedure={props.procedure}
      notAllowed={t(`${props.texts}.onlyProjectLeader`)}
    >
      {(launchedBy) => <Wizard {...props} launchedBy={launchedBy} />}
    </LaunchPage>
  );
}

function Wizard<Form extends LaunchForm, Step extends string, Input, Plan>({
  texts,
  cancelTo,
  initial,
  index,
  check: checkForm,
  input,
  launch,
  launched,
  refresh,
  refusal,
  content,
  review,
  launchedBy,
}: LaunchWizardProps<Form, Step, Input, Plan> & { launchedBy: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // One request id per wizard: sending the same launch twice (a double click, a retry) starts it once.
  const [requestId] = useState(newRequestId);
  const wizard = useWizard({ initial: () => initial(launchedBy), index });
  const { form, stepProps } = wizard;
  const check = useMemo(
    () => checkForm(form, requestId, launchedBy),
    [checkForm, form, requestId, launchedBy],
  );
  const contents = content(stepProps);
  const last = index.steps[index.steps.length - 1];

  async function afterLaunch(sent: Input) {
    const { message, path } = launched(sent);
    notifications.show({ color: 'teal', message });
    await refresh();
    await navigate(path);
  }

  function send() {
    const sent = input(form, requestId);
    launch.mutate(sent, {
      onSuccess: () => void afterLaunch(sent),
      onError: (error) => wizard.failLaunch(error, t(`${texts}.failedTitle`), refusal(error, sent)),
    });
  }

  return (
    <WizardFrame
      wizard={wizard}
      label={t(`${texts}.title`)}
      intro={t(`${texts}.intro`)}
      onSubmit={(event) => wizard.submit(event, check, send)}
      cancelTo={cancelTo}
      submitLabel={t(`${texts}.submit`)}
      submitting={launch.isPending}
      steps={index.steps.map((step) => ({
        step,
        label: t(`${texts}.steps.${step}` as `launch.steps.basics`),
        description: t(`${texts}.stepHints.${step}` as `launch.stepHints.basics`),
        content:
          step === last ? (
            check.ok ? (
              review(check, (target) => wizard.goTo(index.steps.indexOf(target)), form)
            ) : (
              <Alert color="yellow">{t('launch.reviewIncomplete')}</Alert>
            )
          ) : step === 'checkpoints' ? (
            <CheckpointsStep
              {...stepProps}
              intro={t(`${texts}.checkpointsIntro`)}
              defaultText={t(`${texts}.checkpointsDefault`)}
            />
          ) : (
            contents[step]
          ),
      }))}
    />
  );
}
