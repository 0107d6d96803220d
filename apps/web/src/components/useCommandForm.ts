import { useState } from 'react';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import { placeErrors, valuePaths } from '../errors/fieldErrors';
import { useTranslateMessage } from '../errors/translateMessage';
import { useRequestId } from '../trpc/useRequestId';
import { useDescribeFailure, type Problem } from './FormProblem';

/** A command's mutation, as a form sends it. */
export interface Command<Sent> {
  mutate: (sent: Sent) => void;
  isPending: boolean;
}

export interface CommandFormOptions<Values, Input> {
  /** The fields as the form opens, shaped as the command's input so each error finds its field. */
  initialValues: Values;
  /** The domain's schema of the command: the rules of every field, the very ones the API checks. */
  schema: Parameters<typeof zod4Resolver>[0];
  /** The command's input from the fields: trimmed, numbers as numbers, empty parts left out. */
  toInput: (values: Values) => Input;
  onClose: () => void;
  /** Reads again what the command changed, before the form closes. */
  refresh?: () => Promise<unknown>;
}

/**
 * A form that sends one command: its fields (`form`, @mantine/form) checked by the command's own schema, its
 * request id (a new one after a refusal), the errors beside its fields and a summary above it, from its own
 * check or from the API, and what follows when the command is done.
 */
export function useCommandForm<Values extends Record<string, unknown>, Input>({
  initialValues,
  schema,
  toInput,
  onClose,
  refresh,
}: CommandFormOptions<Values, Input>) {
  const { t } = useTranslation();
  const translate = useTranslateMessage();
  const describeFailure = useDescribeFailure();
  const [requestId, renewAfter] = useRequestId();
  const [problem, setProblem] = useState<Problem | null>(null);
  // The schema's errors, each beside the field it concerns (`lessons.2` beside `lessons`), the rest apart; a
  // field left empty is named as missing rather than as not matching its format (`expected a date as …`).
  const check = (values: Values) => {
    const errors = zod4Resolver(schema)(toInput(values) as Record<string, unknown>);
    const list = Object.entries(errors).map(([path, message]) => ({
      path,
      message:
        typeof message !== 'string' || (isEmptyAt(values, path) && message.startsWith('expected '))
          ? ''
          : message,
    }));
    return placeErrors(list, valuePaths(values), (message) =>
      message ? translate(message) : t('validation.required'),
    );
  };
  const form = useForm<Values, (values: Values) => Input>({
    mode: 'controlled',
    initialValues,
    validate: (values) => check(values).byField,
    transformValues: toInput,
  });
  /** The form's submit: the command goes to `send` once the form's own check passes. */
  const submit = (send: (input: Input) => void) => () => {
    const { unplaced } = check(form.getValues());
    if (form.validate().hasErrors || unplaced.length > 0) {
      setProblem({ title: t('form.checkFields'), lines: unplaced });
      return;
    }
    setProblem(null);
    send(form.getTransformedValues());
  };
  return {
    form,
    requestId,
    problem,
    submit,
    /** What the form's modal needs: its submit sending `command` as `sent` words it, its problem, its wait. */
    modal: <Sent>(command: Command<Sent>, sent: (input: Input, requestId: string) => Sent) => ({
      onSubmit: submit((input) => command.mutate(sent(input, requestId))),
      problem,
      pending: command.isPending,
    }),
    /** Says what is wrong above the fields, for what the form checks beyond the schema. */
    refuse: (title: string) => setProblem({ title, lines: [] }),
    /** The command was refused (or lost): the errors beside the fields and above the form. */
    onError: (error: unknown) => {
      renewAfter(error);
      const failure = describeFailure(error, valuePaths(form.getValues()));
      form.setErrors(failure.byField);
      setProblem(failure.problem);
    },
    /** The command was done: say so, read again what it changed, close the form. */
    succeeded: async (message: string) => {
      notifications.show({ color: 'teal', message });
      await refresh?.();
      onClose();
    },
  };
}

export type CommandForm<Values extends Record<string, unknown>, Input> = ReturnType<
  typeof useCommandForm<Values, Input>
>;

/** A text as typed, trimmed; undefined when empty, so the schema names a required field as missing. */
export function filled(text: string): string | undefined {
  return text.trim() || undefined;
}

/** Whether the field at `path` (`record.notes`, `members.0.organisation`) is left empty. */
function isEmptyAt(values: object, path: string): boolean {
  const value = path
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        typeof current === 'object' && current !== null
          ? (current as Record<string, unknown>)[key]
          : undefined,
      values,
    );
  return value === null || (typeof value === 'string' && value.trim() === '');
}
