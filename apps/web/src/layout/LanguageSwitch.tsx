import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages, type Language } from '../i18n';
import { HeaderSelect } from './HeaderSelect';

/** Dutch first; English for those who prefer it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <HeaderSelect
      id="language"
      label={t('header.language')}
      data={languages.map((language) => ({ value: language, label: t(`header.languages.${language}`) }))}
      value={currentLanguage()}
      onChange={(language) => changeLanguage(language as Language)}
    />
  );
}
