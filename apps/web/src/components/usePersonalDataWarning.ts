import { useTranslation } from 'react-i18next';
import { personalDataIn } from '@leercyclus/domain';

/**
 * The warning for what is typed into a free-text field (a text, or the tags of a tags field) when it seems to
 * hold personal data, in the chosen language: the very check the API refuses such text with, run as it is typed.
 */
export function usePersonalDataWarning(value: unknown): string | undefined {
  const { t } = useTranslation();
  const texts = Array.isArray(value) ? (value as unknown[]) : [value];
  for (const text of texts) {
    const kind = typeof text === 'string' ? personalDataIn(text) : undefined;
    if (kind !== undefined) return t(`validation.${kind}`);
  }
  return undefined;
}
