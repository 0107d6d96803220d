import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../session/permissions';

/** The way to the group launch wizard, shown to those the API lets launch a group. */
export function NewGroupButton({ variant = 'filled' }: { variant?: 'filled' | 'light' }) {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('groups.launch')) return null;
  return (
    <Button component={Link} to="/groups/new" variant={variant}>
      {t('nav.newGroup')}
    </Button>
  );
}
