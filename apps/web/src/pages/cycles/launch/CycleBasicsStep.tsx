import { NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PeriodFields } from '../../../components/wizard/PeriodFields';
import { scopesAllowing } from '../../../session/access';
import { useSignedIn } from '../../../session/Session';
import { useTRPC } from '../../../trpc/trpc';
import type { StepProps } from './stepProps';
import { SafeTextInput } from '../../../components/SafeText';

/** Step 1: which programme, which cycle, when. */
export function CycleBasicsStep(props: StepProps) {
  const { form, errors, update } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const signedIn = useSignedIn();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const cycles = useQuery(trpc.cycles.list.queryOptions());

  const programmeId = form.programmeId.trim();
  const programme = programmes.data?.find((candidate) => candidate.id === programmeId);
  const numbers = (cycles.data ?? [])
    .filter((cycle) => cycle.programmeId === programmeId)
    .map((cycle) => cycle.number)
    .sort((a, b) => a - b);
  // The programmes the person may launch in: those they lead, picked by name (the code stays behind the scenes).
  const allowed = new Set(scopesAllowing(signedIn, 'cycles.launch', 'programme'));
  const options = (programmes.data ?? [])
    .filter((candidate) => allowed.has(candidate.id))
    .map((candidate) => ({ value: candidate.id, label: candidate.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));

  const programmeHint = programme
    ? t('launch.programmeDistricts', { districts: programme.districts.join(', ') })
    : t('launch.programmeHint');
  const numberHint =
    numbers.length > 0
      ? t('launch.numberTaken', { numbers: numbers.join(', '), next: Math.max(...numbers) + 1 })
      : t('launch.numberHint');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('launch.programme')}
          description={programmeHint}
          data={options}
          value={programme ? programme.id : null}
          onChange={(value) => update((current) => ({ ...current, programmeId: value ?? '' }), 'programmeId')}
          error={errors.programmeId}
          searchable
          nothingFoundMessage={t('launch.programmeNone')}
          required
        />
        <NumberInput
          label={t('launch.number')}
          description={numberHint}
          value={form.number}
          onChange={(value) => update((current) => ({ ...current, number: value }), 'number')}
          error={errors.number}
          min={1}
          max={999}
          allowDecimal={false}
          allowNegative={false}
          required
        />
      </SimpleGrid>
      <SafeTextInput
        label={t('launch.cycleTitle')}
        description={t('launch.cycleTitleHint')}
        value={form.title}
        onChange={(event) => {
          const title = event.currentTarget.value;
          update((current) => ({ ...current, title }), 'title');
        }}
        error={errors.title}
        required
      />
      <PeriodFields
        {...props}
        endsOnLabel={t('launch.endsOn')}
        endsOnHint={t('launch.endsOnHint')}
        endRequired={false}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('launch.fromCycle')}
          description={t('launch.fromCycleHint')}
          value={form.fromCycle}
          onChange={(value) => update((current) => ({ ...current, fromCycle: value }), 'fromCycle')}
          error={errors.fromCycle}
          min={1}
          max={998}
          allowDecimal={false}
          allowNegative={false}
        />
      </SimpleGrid>
    </Stack>
  );
}
