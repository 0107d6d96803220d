import { useTranslation } from 'react-i18next';
import {
  ageGroups,
  caseCloseReasons,
  caseNovelties,
  caseThemes,
  counterfactualCares,
  doneInsteadOptions,
} from '@leercyclus/domain';

/** The choices of a case's coded fields, each with its label in the chosen language. */
export function useCaseOptions() {
  const { t } = useTranslation();
  const options = <Code extends string>(codes: readonly Code[], label: (code: Code) => string) =>
    codes.map((value) => ({ value, label: label(value) }));
  return {
    ageGroups: options(ageGroups, (code) => t('cases.ageGroupLabel', { group: code })),
    novelties: options(caseNovelties, (code) => t(`cases.novelty.${code}`)),
    themes: options(caseThemes, (code) => t(`cases.theme.${code}`)),
    cares: options(counterfactualCares, (code) => t(`cases.care.${code}`)),
    doneInstead: options(doneInsteadOptions, (code) => t(`cases.doneInstead.${code}`)),
    closeReasons: options(caseCloseReasons, (code) => t(`cases.closeReason.${code}`)),
  };
}
