import { useMemo, useState, type ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryFilters, type UseMutationResult } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { newRequestId } from '../../trpc/requestId';
import { processKinds, type ProcessKind } from '../processKinds';
import { CheckpointsStep } from './CheckpointsStep';
import type { CheckpointRow } from './checkpointRows';
import { LaunchPage } from './LaunchPage';
import type { Period } from './PeriodFields';
import { useWizard, type PlacedRefusal, type WizardStepProps } from './useWizard';
import { WizardFrame } from './WizardFrame';
import type { StepIndex, WizardCheck } from './wizardSteps';

type LaunchForm = Period & { checkpoints: CheckpointRow[] };

/** A wizard's form: how it starts, its steps, its check with the API's own schema, and the launch it sends. */
export interface WizardForm<Form extends LaunchForm, Step extends string, Input, Plan> {
  initial: (launchedBy: string) => Form;
  index: StepIndex<Step>;
  check: (form: Form, requestId: string, launchedBy: string) => WizardCheck<Plan>;
  input: (form: Form, requestId: string) => Input;
}

export interface LaunchWizardProps<Form extends LaunchForm, Step extends string, Input, Plan> {
  kind: ProcessKind;
  form: WizardForm<Form, Step, Input, Plan>;
  launch: Pick<UseMutationResult<unknown, unknown, Input>, 'mutate' | 'isPending'>;
  /** The queries to read again once it runs: the lists that show it. */
  lists: QueryFilters;
  /** Where its page is, once it runs. */
  pathOf: (input: Input) => string;
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
  const { wizardTexts, launch } = processKinds[props.kind];
  return (
    <LaunchPage
      title={t(`${wizardTexts}.title`)}
      procedure={launch}
      notAllowed={t(`${wizardTexts}.onlyProjectLeader`)}
    >
      {(launchedBy) => <Wizard {...props} launchedBy={launchedBy} />}
    </LaunchPage>
  );
}

function Wizard<Form extends LaunchForm, Step extends string, Input, Plan>({
  kind,
  form: { initial, index, check: checkForm, input },
  launch,
  lists,
  pathOf,
  refusal,
  content,
  review,
  launchedBy,
}: LaunchWizardProps<Form, Step, Input, Plan> & { launchedBy: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { wizardTexts: texts, listPath } = processKinds[kind];
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
    // The texts name what was launched by its input's fields (`{{title}}`, `{{slug}}`).
    const message = t(`${texts}.launched`, sent as Record<string, unknown>);
    notifications.show({ color: 'teal', message });
    await queryClient.invalidateQueries(lists);
    await navigate(pathOf(sent));
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
      cancelTo={listPath}
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
