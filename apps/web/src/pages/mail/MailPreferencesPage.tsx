import { useState } from 'react';
import { Alert, Button, Checkbox, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mailDeliveries, type MailDelivery } from '@leercyclus/domain';
import { FormProblem, useDescribeFailure, type Problem } from '../../components/FormProblem';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useTRPC } from '../../trpc/trpc';

const noPaths: ReadonlySet<string> = new Set();

/** `/meldingen`: how the signed-in person gets e-mail — each message at once, a daily digest, or only what is mandatory. */
export function MailPreferencesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const preference = useQuery(trpc.mail.preference.queryOptions());
  return (
    <Page title={t('mailPreferences.title')}>
      <Text size="sm" c="dimmed">
        {t('mailPreferences.intro')}
      </Text>
      <QueryView query={preference} loadingLabel={t('mailPreferences.loading')}>
        {(current) => <PreferenceForm current={current} />}
      </QueryView>
    </Page>
  );
}

interface Preference {
  delivery: MailDelivery;
  invitations: boolean;
}

function PreferenceForm({ current }: { current: Preference }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const describeFailure = useDescribeFailure();
  const [chosen, setChosen] = useState<MailDelivery>(current.delivery);
  const [invitations, setInvitations] = useState(current.invitations);
  const unchanged = chosen === current.delivery && invitations === current.invitations;
  const [problem, setProblem] = useState<Problem | null>(null);
  const save = useMutation(
    trpc.mail.setPreference.mutationOptions({
      onSuccess: async () => {
        setProblem(null);
        notifications.show({ color: 'teal', message: t('mailPreferences.saved') });
        await queryClient.invalidateQueries(trpc.mail.preference.queryFilter());
      },
      onError: (error) => setProblem(describeFailure(error, noPaths).problem),
    }),
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ delivery: chosen, invitations });
      }}
    >
      <Stack gap="md" maw={640}>
        <FormProblem problem={problem} />
        <Radio.Group
          label={t('mailPreferences.legend')}
          value={chosen}
          onChange={(value) => setChosen(value as MailDelivery)}
        >
          <Stack gap="sm" mt="xs">
            {mailDeliveries.map((delivery) => (
              <Radio
                key={delivery}
                value={delivery}
                label={t(`mailPreferences.${delivery}`)}
                description={t(`mailPreferences.${delivery}Hint`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Alert color="blue" variant="light">
          {t('mailPreferences.mandatoryNote')}
        </Alert>
        <Checkbox
          label={t('mailPreferences.invitations')}
          description={t('mailPreferences.invitationsHint')}
          checked={invitations}
          onChange={(event) => setInvitations(event.currentTarget.checked)}
        />
        <div>
          <Button type="submit" loading={save.isPending} disabled={unchanged && !problem}>
            {t('mailPreferences.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
