import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { useCanOnGroup } from '../../../session/permissions';
import { AdvanceStepModal } from './AdvanceStepModal';
import { CompleteGroupModal } from './CompleteGroupModal';
import { JoinMemberModal } from './JoinMemberModal';

/** What a facilitator does on a running group: conclude the next step, add a member, and in the end complete it. */
export function GroupActions({ group }: { group: RouterOutputs['groups']['get'] }) {
  const { t } = useTranslation();
  const can = useCanOnGroup(group);
  const [open, setOpen] = useState<'advance' | 'join' | 'complete' | null>(null);
  if (group.status !== 'running') return null;
  const { nextStep } = group;
  return (
    <Group gap="xs">
      {nextStep && can('groups.advance') && (
        <Button onClick={() => setOpen('advance')}>
          {t('groups.advance', { step: t(`groups.step.${nextStep}`) })}
        </Button>
      )}
      {can('groups.join') && (
        <Button variant="default" onClick={() => setOpen('join')}>
          {t('groups.join')}
        </Button>
      )}
      {can('groups.complete') && (
        <Button variant="default" onClick={() => setOpen('complete')}>
          {t('groups.complete')}
        </Button>
      )}
      {open === 'advance' && nextStep && (
        <AdvanceStepModal group={group} step={nextStep} onClose={() => setOpen(null)} />
      )}
      {open === 'join' && <JoinMemberModal group={group} onClose={() => setOpen(null)} />}
      {open === 'complete' && <CompleteGroupModal group={group} onClose={() => setOpen(null)} />}
    </Group>
  );
}
