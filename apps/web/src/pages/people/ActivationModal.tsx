import { useState } from 'react';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Person } from '@leercyclus/domain';
import { FormModal } from '../../components/FormModal';
import { useDescribeFailure, type Problem } from '../../components/FormProblem';
import { useTRPC } from '../../trpc/trpc';
import { usePeopleRefresh } from './usePeopleRefresh';

const noPaths: ReadonlySet<string> = new Set();

/** Deactivates a person (they can no longer sign in; what they did stays), or makes them active again. */
export function ActivationModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = usePeopleRefresh();
  const describeFailure = useDescribeFailure();
  const [problem, setProblem] = useState<Problem | null>(null);
  const options = {
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        message: t(person.active ? 'people.deactivated' : 'people.activated', { name: person.name }),
      });
      await refresh();
      onClose();
    },
    onError: (error: unknown) => setProblem(describeFailure(error, noPaths).problem),
  };
  const deactivate = useMutation(trpc.people.deactivate.mutationOptions(options));
  const activate = useMutation(trpc.people.update.mutationOptions(options));
  return (
    <FormModal
      title={person.active ? t('people.deactivateTitle', { name: person.name }) : t('people.activate')}
      onClose={onClose}
      onSubmit={() =>
        person.active
          ? deactivate.mutate({ id: person.id })
          : activate.mutate({ id: person.id, active: true })
      }
      problem={problem}
      pending={deactivate.isPending || activate.isPending}
      submitLabel={person.active ? t('people.deactivate') : t('people.activate')}
      submitColor={person.active ? 'red' : undefined}
    >
      {person.active && <Text size="sm">{t('people.deactivateText', { name: person.name })}</Text>}
    </FormModal>
  );
}
