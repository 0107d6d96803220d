import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Person } from '@leercyclus/domain';
import { z } from 'zod';
import { FormProblem } from '../../components/FormProblem';
import { useCommandForm } from '../../components/useCommandForm';
import { useTRPC } from '../../trpc/trpc';

const passwordFormSchema = z.object({ password: z.string().min(1) });

/** The administrator sets a new password (a reset); the person gets it from them, never by e-mail from here. */
export function PasswordForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useCommandForm({
    initialValues: { password: '' },
    schema: passwordFormSchema,
    toInput: (values) => ({ password: values.password }),
    onClose: () => undefined,
  });
  const setPassword = useMutation(
    trpc.people.setPassword.mutationOptions({
      onSuccess: async () => {
        form.form.reset();
        await form.succeeded(t('people.passwordSet', { name: person.name }));
      },
      onError: form.onError,
    }),
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!setPassword.isPending) form.submit((input) => setPassword.mutate({ id: person.id, ...input }))();
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('people.passwordIntro', { name: person.name })}</Text>
        <FormProblem problem={form.problem} />
        <PasswordInput
          label={t('people.newPassword')}
          autoComplete="new-password"
          maw={360}
          {...form.form.getInputProps('password')}
          required
        />
        <Group>
          <Button type="submit" loading={setPassword.isPending}>
            {t('people.passwordSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
