import { useState } from 'react';
import { Button, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/Session';
import { useAuthMode } from '../../session/useAuthMode';

/** The development sign-in: pick anyone, no password (the banner says so on every page). */
export function DevelopmentSignIn() {
  const { t } = useTranslation();
  const { developmentPeople = [] } = useAuthMode();
  const { pickDevelopmentPerson } = useSession();
  const [personId, setPersonId] = useState('');
  const [pending, setPending] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!personId || pending) return;
        setPending(true);
        void pickDevelopmentPerson(personId).finally(() => setPending(false));
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('signIn.developmentIntro')}</Text>
        <NativeSelect
          label={t('signIn.developmentPerson')}
          data={[
            { value: '', label: t('signIn.developmentChoose') },
            ...developmentPeople.map((person) => ({ value: person.id, label: person.name })),
          ]}
          value={personId}
          onChange={(event) => setPersonId(event.currentTarget.value)}
        />
        <Button type="submit" loading={pending} disabled={!personId}>
          {t('signIn.developmentSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
