import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../session/permissions';

export type ProcessKind = 'cycle' | 'group';

const launches = {
  cycle: { procedure: 'cycles.launch', to: '/cycles/new', label: 'nav.newCycle' },
  group: { procedure: 'groups.launch', to: '/groups/new', label: 'nav.newGroup' },
} as const;

/** The way to a launch wizard, shown to those the API lets launch a cycle or group. */
export function LaunchButton({
  kind,
  variant = 'filled',
}: {
  kind: ProcessKind;
  variant?: 'filled' | 'light';
}) {
  const { t } = useTranslation();
  const can = useCan();
  const launch = launches[kind];
  if (!can(launch.procedure)) return null;
  return (
    <Button component={Link} to={launch.to} variant={variant}>
      {t(launch.label)}
    </Button>
  );
}

/** Whether the signed-in user may launch a cycle or group. */
export function useCanLaunch(kind: ProcessKind): boolean {
  return useCan()(launches[kind].procedure);
}
