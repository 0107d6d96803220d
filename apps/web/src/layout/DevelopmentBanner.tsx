import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './AppLayout.module.css';

/** Says on every page, signed in or not, that the development sign-in is on. */
export function DevelopmentBanner() {
  const { t } = useTranslation();
  return (
    <div className={classes.developmentBanner} role="note">
      <Text size="sm" fw={600} ta="center">
        {t('header.developmentBanner')}
      </Text>
    </div>
  );
}
