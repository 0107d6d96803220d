import { useTranslation } from 'react-i18next';

/**
 * Labels for the codes a programme can extend (agenda categories): the translation when there is one, the code
 * itself for a category the panel does not know.
 */
export function useCategoryLabel(): (code: string) => string {
  const { t, i18n } = useTranslation();
  return (code) => {
    const key = `questionCategory.${code}` as const;
    return i18n.exists(key) ? String(t(key as never)) : code;
  };
}
