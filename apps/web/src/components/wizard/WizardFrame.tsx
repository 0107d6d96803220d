import type { FormEvent, ReactNode } from 'react';
import { Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../FormProblem';
import type { Wizard } from './useWizard';

export interface WizardStep<Step extends string> {
  step: Step;
  label: string;
  description: string;
  content: ReactNode;
}

interface WizardFrameProps<Form extends object, Step extends string> {
  wizard: Wizard<Form, Step>;
  /** The form's accessible name. */
  label: string;
  intro: ReactNode;
  steps: readonly WizardStep<Step>[];
  /** The form's submit, which waits while `submitting`. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Where "cancel" leads. */
  cancelTo: string;
  submitLabel: string;
  submitting: boolean;
}

/**
 * The frame of a launch wizard: the stepper with a focusable heading per step, the summary of what is wrong,
 * and the buttons to go back, cancel, go on or launch. Enter in a field submits, which goes on a step.
 */
export function WizardFrame<Form extends object, Step extends string>({
  wizard,
  label,
  intro,
  steps,
  onSubmit,
  cancelTo,
  submitLabel,
  submitting,
}: WizardFrameProps<Form, Step>) {
  const { t } = useTranslation();
  const { attachForm, active, isLast, problem, goTo } = wizard;
  return (
    <form
      ref={attachForm}
      // While the launch is on its way, a second submit (Enter, a double click) sends nothing.
      onSubmit={(event) => (submitting ? event.preventDefault() : onSubmit(event))}
      noValidate
      aria-label={label}
    >
      <Stack gap="md">
        <Text size="sm">{intro}</Text>
        <FormProblem problem={problem} focus={false} />
        <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm">
          {steps.map((step) => (
            <Stepper.Step key={step.step} label={step.label} description={step.description}>
              <Title order={3} size="h4" tabIndex={-1} data-step-heading mb="sm">
                {step.label}
              </Title>
              {step.content}
            </Stepper.Step>
          ))}
        </Stepper>
        <Group justify="space-between">
          <Group>
            {active > 0 && (
              <Button variant="default" onClick={() => goTo(active - 1)}>
                {t('launch.previous')}
              </Button>
            )}
            <Button component={Link} to={cancelTo} variant="subtle">
              {t('launch.cancel')}
            </Button>
          </Group>
          {isLast ? (
            <Button type="submit" loading={submitting}>
              {submitLabel}
            </Button>
          ) : (
            <Button type="submit">{t('launch.next')}</Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
