import type { ChangeEvent } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useRequestId } from '../trpc/useRequestId';
import { useFormFailure } from './useFormFailure';

type FieldEvent = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

/**
 * What a form that sends one command needs: its request id (a new one after a refusal), the errors it shows,
 * and what follows when the command is done: `refresh` reads again what it changed, then the form closes.
 */
export function useCommandForm(
  paths: ReadonlySet<string>,
  onClose: () => void,
  refresh?: () => Promise<unknown>,
) {
  const { t } = useTranslation();
  const [requestId, renewAfter] = useRequestId();
  const failure = useFormFailure(paths);
  return {
    requestId,
    failure,
    /** The form's own check before sending: shows what is missing and says false, or clears earlier errors. */
    accepts: (missing: Record<string, string>): boolean => {
      if (Object.keys(missing).length > 0) {
        failure.show(missing, t('form.checkFields'));
        return false;
      }
      failure.reset();
      return true;
    },
    /** The command was refused (or lost): the errors beside the fields and above the form. */
    onError: (error: unknown) => {
      renewAfter(error);
      failure.fail(error);
    },
    /** A text field (input, textarea, select) of the form at `path`: its value, and its error until changed. */
    textField: (path: string, value: string, setValue: (value: string) => void) => ({
      value,
      onChange: (event: FieldEvent) => {
        setValue(event.currentTarget.value);
        failure.clear(path);
      },
      error: failure.errors[path],
    }),
    /** Likewise a field that hands over its value itself (a number, tags, checkboxes, a date). */
    valueField: <T>(path: string, value: T, setValue: (value: T) => void) => ({
      value,
      onChange: (next: T) => {
        setValue(next);
        failure.clear(path);
      },
      error: failure.errors[path],
    }),
    /** The command was done: say so, read again what it changed, close the form. */
    succeeded: async (message: string) => {
      notifications.show({ color: 'teal', message });
      await refresh?.();
      onClose();
    },
  };
}
