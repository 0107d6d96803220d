import { useEffect, useRef } from 'react';
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorKind, serverMessage } from '../errors/describeError';
import { useExplainError } from '../errors/explainError';
import { fieldProblemsOf, placeErrors } from '../errors/fieldErrors';
import { useTranslateMessage } from '../errors/translateMessage';

export interface Problem {
  title: string;
  lines: string[];
}

export interface Failure {
  /** Messages to show beside their fields, by the field's path. */
  byField: Record<string, string>;
  problem: Problem;
}

/** Turns a refused mutation into messages beside the fields and one summary above the form. */
export function useDescribeFailure(): (error: unknown, paths: ReadonlySet<string>) => Failure {
  const { t } = useTranslation();
  const translate = useTranslateMessage();
  const explain = useExplainError();
  return (error, paths) => {
    const fieldProblems = fieldProblemsOf(error);
    if (fieldProblems.length > 0) {
      const placed = placeErrors(fieldProblems, paths, translate);
      return { byField: placed.byField, problem: { title: t('form.checkFields'), lines: placed.unplaced } };
    }
    const kind = errorKind(error);
    const message = translate(serverMessage(error));
    const line =
      kind === 'forbidden'
        ? t('form.forbidden')
        : kind === 'closed'
          ? t('form.closed')
          : kind === 'badRequest' || kind === 'notFound' || kind === 'conflict'
            ? t('errors.badRequest', { message })
            : explain(error, kind);
    return { byField: {}, problem: { title: t('form.failed'), lines: [line] } };
  };
}

/**
 * The summary of what is wrong with a form, focused when it appears so a screen reader reads it (unless the
 * form moves the focus to the first wrong field itself).
 */
export function FormProblem({ problem, focus = true }: { problem: Problem | null; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem && focus) ref.current?.focus();
  }, [problem, focus]);
  if (!problem) return null;
  return (
    <Alert ref={ref} color="red" title={problem.title} role="alert" tabIndex={-1}>
      {problem.lines.length === 1 ? (
        <Text size="sm">{problem.lines[0]}</Text>
      ) : problem.lines.length > 1 ? (
        <List size="sm" spacing={2}>
          {problem.lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
