import { useState } from 'react';
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormProblem } from '../../components/FormProblem';
import { useCommandForm } from '../../components/useCommandForm';
import { useTRPC } from '../../trpc/trpc';
import { SafeTextInput } from '../../components/SafeText';

const tokenFormSchema = z.object({ name: z.string().trim().min(1).max(80), days: z.number().int().min(1) });

/** Creates a token; its secret is shown once, here, with a button to copy it. */
export function CreateTokenForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const form = useCommandForm({
    initialValues: { name: '', days: 90 },
    schema: tokenFormSchema,
    toInput: (values) => ({ name: values.name.trim(), days: Number(values.days) }),
    onClose: () => form.form.reset(),
    refresh: () => queryClient.invalidateQueries(trpc.tokens.pathFilter()),
  });
  const create = useMutation(
    trpc.tokens.create.mutationOptions({
      onSuccess: async (result, input) => {
        setCreated({ name: input.name, token: result.token });
        await form.succeeded(t('tokens.createdTitle', { name: input.name }));
      },
      onError: form.onError,
    }),
  );
  return (
    <Stack gap="md">
      {created && (
        <Alert color="teal" title={t('tokens.createdTitle', { name: created.name })}>
          <Stack gap="xs">
            <Text size="sm">{t('tokens.createdText')}</Text>
            <Group gap="sm" wrap="nowrap">
              <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="new-token">
                {created.token}
              </Code>
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy}>
                    {copied ? t('tokens.copied') : t('tokens.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!create.isPending) form.submit((input) => create.mutate(input))();
        }}
      >
        <Fieldset legend={t('tokens.create')}>
          <Stack gap="sm">
            <FormProblem problem={form.problem} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <SafeTextInput
                label={t('tokens.name')}
                description={t('tokens.nameHint')}
                {...form.form.getInputProps('name')}
                autoComplete="off"
                required
              />
              <NumberInput
                label={t('tokens.days')}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                {...form.form.getInputProps('days')}
                required
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('tokens.create')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      </form>
    </Stack>
  );
}
