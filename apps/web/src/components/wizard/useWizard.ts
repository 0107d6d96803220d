import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useDescribeFailure, type Problem } from '../FormProblem';
import type { FieldError } from '../../errors/describeError';
import { fieldProblemsOf, placeErrors, valuePaths } from '../../errors/fieldErrors';
import { useTranslateMessage } from '../../errors/translateMessage';
import type { StepIndex, WizardCheck } from './wizardSteps';

/** What each step of a wizard gets: the form, the messages beside its fields, and a way to change it. */
export interface WizardStepProps<Form> {
  form: Form;
  /** Messages beside the fields, by path (`districts.0.name`). */
  errors: Record<string, ReactNode>;
  /** Changes the form; the errors of the named paths go, as the user is fixing them. */
  update: (change: (form: Form) => Form, ...paths: string[]) => void;
}

/** A refusal the wizard explains in its own words beside one field (a taken code, an unknown source). */
export interface PlacedRefusal {
  path: string;
  message: string;
}

type FocusTarget = { target: 'heading' | 'invalid'; request: number };

interface WizardOptions<Form, Step extends string> {
  initial: () => Form;
  index: StepIndex<Step>;
}

/**
 * The state of a launch wizard: its form (@mantine/form), its step, the errors beside its fields (from its
 * check with the launch's own schema, step by step, or from the server) and where the focus goes after each
 * move, so a keyboard user lands on what needs doing.
 */
export function useWizard<Form extends object, Step extends string>({
  initial,
  index,
}: WizardOptions<Form, Step>) {
  const { t } = useTranslation();
  const translate = useTranslateMessage();
  const describeFailure = useDescribeFailure();
  // The form element as state (a callback ref): the focus effect reads it, rendering never does.
  const [formElement, attachForm] = useState<HTMLFormElement | null>(null);
  const [initialValues] = useState(initial);
  // Mantine's form takes any record; the wizard's forms are records of their own fields.
  const fields = useForm({
    mode: 'controlled',
    initialValues: initialValues as Form & Record<string, unknown>,
  });
  const form: Form = fields.values;
  const errors = fields.errors;
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const step: Step = index.steps[active] ?? index.steps[0]!;
  const isLast = active === index.steps.length - 1;

  useEffect(() => {
    if (!focus) return;
    const root = formElement;
    const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const heading = root?.querySelector<HTMLElement>('[data-step-heading]');
    const alert = root?.querySelector<HTMLElement>('[role="alert"]');
    (focus.target === 'invalid' ? (invalid ?? alert ?? heading) : heading)?.focus();
  }, [focus, formElement]);

  const requestFocus = (target: FocusTarget['target']) =>
    setFocus((current) => ({ target, request: (current?.request ?? 0) + 1 }));

  function showErrors(list: readonly FieldError[]) {
    const placed = placeErrors(list, valuePaths(form), translate);
    fields.setErrors(placed.byField);
    setProblem({ title: t('form.checkFields'), lines: placed.unplaced });
    setActive(index.steps.indexOf(index.firstStepWithError(list) ?? step));
    requestFocus('invalid');
  }

  const update: WizardStepProps<Form>['update'] = (change, ...paths) => {
    fields.setValues((current) => change(current as Form & Record<string, unknown>));
    paths.forEach((path) => fields.clearFieldError(path));
  };

  /** Back to an earlier step (later ones open only through "next", which checks the current one). */
  function goTo(target: number) {
    if (target >= active) return;
    setProblem(null);
    setActive(target);
    requestFocus('heading');
  }

  function next(check: WizardCheck<unknown>) {
    const relevant = check.ok ? [] : index.errorsUpTo(check.errors, step);
    if (relevant.length > 0) {
      showErrors(relevant);
      return;
    }
    fields.clearErrors();
    setProblem(null);
    setActive(active + 1);
    requestFocus('heading');
  }

  /** The form's submit: the next step, or on the last one the launch once the whole form checks out. */
  function submit(event: FormEvent<HTMLFormElement>, check: WizardCheck<unknown>, launch: () => void) {
    event.preventDefault();
    if (!isLast) {
      next(check);
      return;
    }
    if (!check.ok) {
      showErrors(check.errors);
      return;
    }
    setProblem(null);
    launch();
  }

  /**
   * A refused launch: a refusal the wizard words itself beside its field, else the server's field errors beside
   * theirs (on the step that shows them), else one explanation above the form.
   */
  function failLaunch(error: unknown, failedTitle: string, refusal: PlacedRefusal | null = null) {
    if (refusal) {
      fields.setErrors({ [refusal.path]: refusal.message });
      setProblem({ title: failedTitle, lines: [refusal.message] });
      setActive(index.steps.indexOf(index.stepOf(refusal.path)));
      requestFocus('invalid');
      return;
    }
    const listed = fieldProblemsOf(error);
    if (listed.length > 0) {
      showErrors(listed);
      return;
    }
    const failure = describeFailure(error, valuePaths(form));
    fields.setErrors(failure.byField);
    setProblem({ ...failure.problem, title: failedTitle });
    requestFocus('invalid');
  }

  return {
    form,
    errors,
    problem,
    active,
    step,
    isLast,
    attachForm,
    update,
    goTo,
    submit,
    failLaunch,
    stepProps: { form, errors, update } satisfies WizardStepProps<Form>,
  };
}

export type Wizard<Form extends object, Step extends string> = ReturnType<typeof useWizard<Form, Step>>;
