import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormProblem, useDescribeFailure, type Problem } from '../../components/FormProblem';
import { LoadingState } from '../../components/QueryStates';
import { errorKind, type FieldError } from '../../errors/describeError';
import { fieldProblemsOf, placeErrors } from '../../errors/fieldErrors';
import { useTranslateMessage } from '../../errors/translateMessage';
import { useCurrentUser } from '../../session/CurrentUser';
import { useCan } from '../../session/permissions';
import { newRequestId } from '../../trpc/requestId';
import { useTRPC } from '../../trpc/trpc';
import { cyclePath } from '../paths';
import { BasicsStep } from './BasicsStep';
import { CheckpointsStep } from './CheckpointsStep';
import { ReviewStep } from './ReviewStep';
import { ScheduleStep } from './ScheduleStep';
import type { StepProps } from './stepProps';
import {
  checkWizard,
  emptyWizardForm,
  errorsUpTo,
  fieldPaths,
  firstStepWithError,
  launchInput,
  steps,
  type Step,
  type WizardForm,
} from './wizardForm';

/** `/cycles/new`: the project leader launches a learning cycle, step by step, seeing its calendar first. */
export function LaunchWizardPage() {
  const { t } = useTranslation();
  const { userId, usersStatus } = useCurrentUser();
  const can = useCan();
  useDocumentTitle(`${t('launch.title')} · ${t('app.name')}`);

  return (
    <Stack gap="md" maw={980}>
      <Title order={2}>{t('launch.title')}</Title>
      {userId !== null && usersStatus === 'pending' ? (
        <LoadingState label={t('common.loading')} />
      ) : can('cycles.launch') ? (
        <LaunchWizard launchedBy={userId ?? ''} />
      ) : (
        <Alert color="yellow">{t('launch.onlyProjectLeader')}</Alert>
      )}
    </Stack>
  );
}

type FocusTarget = { target: 'heading' | 'invalid'; request: number };

function LaunchWizard({ launchedBy }: { launchedBy: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const translate = useTranslateMessage();
  const describeFailure = useDescribeFailure();
  const formRef = useRef<HTMLFormElement>(null);
  // One request id per wizard: sending the same launch twice (a double click, a retry) starts one cycle.
  const [requestId] = useState(newRequestId);
  const [form, setForm] = useState<WizardForm>(emptyWizardForm);
  const [active, setActive] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const check = useMemo(() => checkWizard(form, requestId, launchedBy), [form, requestId, launchedBy]);
  const step = steps[active] ?? 'basics';

  useEffect(() => {
    if (!focus) return;
    const root = formRef.current;
    const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const heading = root?.querySelector<HTMLElement>('[data-step-heading]');
    const alert = root?.querySelector<HTMLElement>('[role="alert"]');
    (focus.target === 'invalid' ? (invalid ?? alert ?? heading) : heading)?.focus();
  }, [focus]);

  const requestFocus = (target: FocusTarget['target']) =>
    setFocus((current) => ({ target, request: (current?.request ?? 0) + 1 }));

  function showErrors(list: readonly FieldError[]) {
    const placed = placeErrors(list, fieldPaths(form), translate);
    setErrors(placed.byField);
    setProblem({ title: t('form.checkFields'), lines: placed.unplaced });
    setActive(steps.indexOf(firstStepWithError(list) ?? step));
    requestFocus('invalid');
  }

  const launch = useMutation(
    trpc.cycles.launch.mutationOptions({
      onSuccess: async (_result, input) => {
        notifications.show({ color: 'teal', message: t('launch.launched', { title: input.title }) });
        await queryClient.invalidateQueries(trpc.cycles.pathFilter());
        await navigate(cyclePath(input.programmeId, input.number));
      },
      onError: (error, input) => {
        const kind = errorKind(error);
        if (kind === 'conflict') {
          const message = t('launch.conflict', { number: input.number, programmeId: input.programmeId });
          setErrors({ number: message });
          setProblem({ title: t('launch.failedTitle'), lines: [message] });
          setActive(0);
          requestFocus('invalid');
          return;
        }
        if (kind === 'notFound' && input.fromCycle !== undefined) {
          const message = t('launch.fromCycleNotFound', {
            number: input.fromCycle,
            programmeId: input.programmeId,
          });
          setErrors({ fromCycle: message });
          setProblem({ title: t('launch.failedTitle'), lines: [message] });
          setActive(0);
          requestFocus('invalid');
          return;
        }
        const listed = fieldProblemsOf(error);
        if (listed.length > 0) {
          showErrors(listed);
          return;
        }
        const failure = describeFailure(error, fieldPaths(form));
        setErrors(failure.byField);
        setProblem({ ...failure.problem, title: t('launch.failedTitle') });
        requestFocus('invalid');
      },
    }),
  );

  const update: StepProps['update'] = (change, ...paths) => {
    setForm(change);
    if (paths.some((path) => path in errors)) {
      setErrors((current) =>
        Object.fromEntries(Object.entries(current).filter(([path]) => !paths.includes(path))),
      );
    }
  };

  function goTo(index: number) {
    if (index >= active) return;
    setProblem(null);
    setActive(index);
    requestFocus('heading');
  }

  function next() {
    const relevant = check.ok ? [] : errorsUpTo(check.errors, step);
    if (relevant.length > 0) {
      showErrors(relevant);
      return;
    }
    setErrors({});
    setProblem(null);
    setActive(active + 1);
    requestFocus('heading');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (launch.isPending) return;
    if (step !== 'review') {
      next();
      return;
    }
    if (!check.ok) {
      showErrors(check.errors);
      return;
    }
    setProblem(null);
    launch.mutate(launchInput(form, requestId));
  }

  const stepProps: StepProps = { form, errors, update };
  const heading = (name: Step) => (
    <Title order={3} size="h4" tabIndex={-1} data-step-heading mb="sm">
      {t(`launch.steps.${name}`)}
    </Title>
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('launch.title')}>
      <Stack gap="md">
        <Text size="sm">{t('launch.intro')}</Text>
        <FormProblem problem={problem} focus={false} />
        <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm">
          <Stepper.Step label={t('launch.steps.basics')} description={t('launch.stepHints.basics')}>
            {heading('basics')}
            <BasicsStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('launch.steps.schedule')} description={t('launch.stepHints.schedule')}>
            {heading('schedule')}
            <ScheduleStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('launch.steps.checkpoints')} description={t('launch.stepHints.checkpoints')}>
            {heading('checkpoints')}
            <CheckpointsStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('launch.steps.review')} description={t('launch.stepHints.review')}>
            {heading('review')}
            {check.ok ? (
              <ReviewStep
                launch={check.launch}
                calendar={check.calendar}
                fromCycle={typeof form.fromCycle === 'number' ? form.fromCycle : null}
                onEdit={(target) => goTo(steps.indexOf(target))}
              />
            ) : (
              <Alert color="yellow">{t('launch.reviewIncomplete')}</Alert>
            )}
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between">
          <Group>
            {active > 0 && (
              <Button variant="default" onClick={() => goTo(active - 1)}>
                {t('launch.previous')}
              </Button>
            )}
            <Button component={Link} to="/cycles" variant="subtle">
              {t('launch.cancel')}
            </Button>
          </Group>
          {step === 'review' ? (
            <Button type="submit" loading={launch.isPending}>
              {t('launch.submit')}
            </Button>
          ) : (
            <Button type="submit">{t('launch.next')}</Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
