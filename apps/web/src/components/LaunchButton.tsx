import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../session/permissions';
import { processKinds, type ProcessKind } from './processKinds';

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
  const { launch, launchPath, launchLabel } = processKinds[kind];
  if (!can(launch)) return null;
  return (
    <Button component={Link} to={launchPath} variant={variant}>
      {t(launchLabel)}
    </Button>
  );
}
