import { Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages, type Language } from '../i18n';

/** Dutch first; English for those who prefer it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text component="label" htmlFor="language" size="sm" fw={500} visibleFrom="sm">
        {t('header.language')}
      </Text>
      <NativeSelect
        id="language"
        aria-label={t('header.language')}
        size="xs"
        data={languages.map((language) => ({ value: language, label: t(`header.languages.${language}`) }))}
        value={currentLanguage()}
        onChange={(event) => changeLanguage(event.currentTarget.value as Language)}
      />
    </Group>
  );
}
