import { Autocomplete, Fieldset, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../../../components/PersonSelect';
import type { WizardStepProps } from '../../../components/wizard/useWizard';
import { scopesAllowing } from '../../../session/access';
import { useSignedIn } from '../../../session/Session';
import { useTRPC } from '../../../trpc/trpc';
import type { GroupWizardForm } from './groupWizardForm';
import { SafeTextInput, SafeTextarea } from '../../../components/SafeText';

/** Step 1: the group's code, its pressing question, its facilitator, and the cycle question it comes from. */
export function GroupBasicsStep({ form, errors, update }: WizardStepProps<GroupWizardForm>) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const signedIn = useSignedIn();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const cycles = useQuery(trpc.cycles.list.queryOptions());
  const programme = programmes.data?.find((candidate) => candidate.id === form.programmeId.trim());
  const cycleIds = (cycles.data ?? []).map((cycle) => cycle.workflowId).sort();

  const text = (field: 'slug' | 'question' | 'theme' | 'programmeId', value: string) =>
    update((current) => ({ ...current, [field]: value }), field);
  const fromCycle = (change: Partial<GroupWizardForm['fromCycleQuestion']>) =>
    update(
      (current) => ({ ...current, fromCycleQuestion: { ...current.fromCycleQuestion, ...change } }),
      ...Object.keys(change).map((field) => `fromCycleQuestion.${field}`),
      'fromCycleQuestion',
    );

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('groupWizard.slug')}
          description={t('groupWizard.slugHint')}
          value={form.slug}
          onChange={(event) => text('slug', event.currentTarget.value)}
          error={errors.slug}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <Autocomplete
          label={t('groupWizard.programmeId')}
          description={
            programme
              ? t('launch.programmeKnown', { name: programme.name })
              : t('groupWizard.programmeIdHint')
          }
          data={scopesAllowing(signedIn, 'groups.launch', 'programme').sort()}
          value={form.programmeId}
          onChange={(value) => text('programmeId', value)}
          error={errors.programmeId}
          autoComplete="off"
          spellCheck={false}
        />
      </SimpleGrid>
      <SafeTextarea
        label={t('groupWizard.question')}
        description={t('groupWizard.questionHint')}
        value={form.question}
        onChange={(event) => text('question', event.currentTarget.value)}
        error={errors.question}
        autosize
        minRows={2}
        required
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SafeTextInput
          label={t('groupWizard.theme')}
          description={t('groupWizard.themeHint')}
          value={form.theme}
          onChange={(event) => text('theme', event.currentTarget.value)}
          error={errors.theme}
          required
        />
        <PersonSelect
          label={t('groupWizard.facilitator')}
          description={t('groupWizard.facilitatorHint')}
          value={form.facilitator}
          onChange={(event) => {
            const facilitator = event.currentTarget.value;
            update((current) => ({ ...current, facilitator }), 'facilitator');
          }}
          error={errors.facilitator}
          required
        />
      </SimpleGrid>
      <Fieldset legend={t('groupWizard.fromCycleQuestion')}>
        <Stack gap="xs">
          {errors.fromCycleQuestion && (
            <Text c="red" size="sm" role="alert">
              {errors.fromCycleQuestion}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Autocomplete
              label={t('groupWizard.fromCycleId')}
              description={t('groupWizard.fromCycleIdHint')}
              data={cycleIds}
              value={form.fromCycleQuestion.cycleId}
              onChange={(cycleId) => fromCycle({ cycleId })}
              error={errors['fromCycleQuestion.cycleId']}
              autoComplete="off"
              spellCheck={false}
            />
            <NumberInput
              label={t('groupWizard.fromQuestionNumber')}
              description={t('groupWizard.fromQuestionNumberHint')}
              value={form.fromCycleQuestion.questionNumber}
              onChange={(questionNumber) => fromCycle({ questionNumber })}
              error={errors['fromCycleQuestion.questionNumber']}
              min={1}
              allowDecimal={false}
              allowNegative={false}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
