import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../session/CurrentUser';

/** Launching a cycle is the project leader's job: only they see the way to it. */
export function NewCycleButton() {
  const { t } = useTranslation();
  const { hasRole } = useCurrentUser();
  if (!hasRole('projectLeader')) return null;
  return (
    <Button component={Link} to="/cycles/new">
      {t('nav.newCycle')}
    </Button>
  );
}
