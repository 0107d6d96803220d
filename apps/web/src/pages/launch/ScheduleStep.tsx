import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '@leercyclus/domain';
import { DatesField } from '../../components/DateFields';
import { useTRPC } from '../../trpc/trpc';
import type { StepProps } from './stepProps';
import { emptyDistrict, weekdayOptions, type DistrictRow, type ProgrammeTeamSlot } from './wizardForm';

type DistrictField = Exclude<keyof DistrictRow, 'key'>;

/** Step 2: the districts with their weekly session, the programme team's slot, the days without sessions. */
export function ScheduleStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const programme = programmes.data?.find((candidate) => candidate.id === form.programmeId.trim());
  const names = form.districts.map((district) => district.name.trim()).filter(Boolean);
  const offerProgrammeDistricts =
    programme !== undefined &&
    programme.districts.length > 0 &&
    programme.districts.join('|') !== names.join('|');
  const weekdayData = weekdayOptions.map((weekday) => ({ value: weekday, label: t(`weekday.${weekday}`) }));

  function setDistrict<K extends DistrictField>(index: number, field: K, value: DistrictRow[K]) {
    update(
      (current) => ({
        ...current,
        districts: current.districts.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
      }),
      `districts.${index}.${field}`,
      `districts.${index}`,
      'districts',
    );
  }

  function removeDistrict(index: number) {
    // Row numbers shift: every district error goes, the next check names what is still wrong.
    update(
      (current) => ({ ...current, districts: current.districts.filter((_, i) => i !== index) }),
      ...Object.keys(errors).filter((path) => path.startsWith('districts')),
    );
  }

  function setTeam<K extends keyof ProgrammeTeamSlot>(field: K, value: ProgrammeTeamSlot[K]) {
    update(
      (current) => ({ ...current, programmeTeam: { ...current.programmeTeam, [field]: value } }),
      `programmeTeam.${field}`,
      'programmeTeam',
    );
  }

  return (
    <Stack gap="md">
      <Fieldset legend={t('launch.districts')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('launch.districtsHint')}
          </Text>
          {errors.districts && (
            <Text c="red" size="sm" role="alert">
              {errors.districts}
            </Text>
          )}
          {offerProgrammeDistricts && (
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() =>
                  update(
                    (current) => ({
                      ...current,
                      districts: programme.districts.map((name) => emptyDistrict(name)),
                    }),
                    ...Object.keys(errors).filter((path) => path.startsWith('districts')),
                  )
                }
              >
                {t('launch.useProgrammeDistricts', { names: programme.districts.join(', ') })}
              </Button>
            </Group>
          )}
          {form.districts.map((district, index) => (
            <Fieldset
              key={district.key}
              legend={t('launch.districtLegend', { index: index + 1 })}
              variant="filled"
            >
              {errors[`districts.${index}`] && (
                <Text c="red" size="sm" mb="xs">
                  {errors[`districts.${index}`]}
                </Text>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
                <TextInput
                  label={t('launch.districtName')}
                  value={district.name}
                  onChange={(event) => setDistrict(index, 'name', event.currentTarget.value)}
                  error={errors[`districts.${index}.name`]}
                  required
                />
                <NativeSelect
                  label={t('launch.weekday')}
                  data={weekdayData}
                  value={district.weekday}
                  onChange={(event) => setDistrict(index, 'weekday', event.currentTarget.value as Weekday)}
                  error={errors[`districts.${index}.weekday`]}
                  required
                />
                <TimeInput
                  label={t('launch.startTime')}
                  value={district.startTime}
                  onChange={(event) => setDistrict(index, 'startTime', event.currentTarget.value)}
                  error={errors[`districts.${index}.startTime`]}
                  required
                />
                <NumberInput
                  label={t('launch.duration')}
                  value={district.durationMinutes}
                  onChange={(value) => setDistrict(index, 'durationMinutes', value)}
                  error={errors[`districts.${index}.durationMinutes`]}
                  min={15}
                  max={480}
                  step={15}
                  allowDecimal={false}
                  allowNegative={false}
                  required
                />
              </SimpleGrid>
              {form.districts.length > 1 && (
                <Button variant="subtle" color="red" size="xs" mt="xs" onClick={() => removeDistrict(index)}>
                  {t('launch.removeDistrict', { index: index + 1, name: district.name || '' })}
                </Button>
              )}
            </Fieldset>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                update((current) => ({ ...current, districts: [...current.districts, emptyDistrict()] }))
              }
            >
              {t('launch.addDistrict')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('launch.programmeTeam')}>
        <Stack gap="sm">
          <Checkbox
            label={t('launch.programmeTeamEnabled')}
            description={t('launch.programmeTeamHint')}
            checked={form.programmeTeam.enabled}
            onChange={(event) => setTeam('enabled', event.currentTarget.checked)}
          />
          {form.programmeTeam.enabled && (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                label={t('launch.weekday')}
                data={weekdayData}
                value={form.programmeTeam.weekday}
                onChange={(event) => setTeam('weekday', event.currentTarget.value as Weekday)}
                error={errors['programmeTeam.weekday']}
              />
              <TimeInput
                label={t('launch.startTime')}
                value={form.programmeTeam.startTime}
                onChange={(event) => setTeam('startTime', event.currentTarget.value)}
                error={errors['programmeTeam.startTime']}
              />
              <NumberInput
                label={t('launch.duration')}
                value={form.programmeTeam.durationMinutes}
                onChange={(value) => setTeam('durationMinutes', value)}
                error={errors['programmeTeam.durationMinutes']}
                min={15}
                max={480}
                step={15}
                allowDecimal={false}
                allowNegative={false}
              />
            </SimpleGrid>
          )}
          {errors.programmeTeam && (
            <Text c="red" size="sm">
              {errors.programmeTeam}
            </Text>
          )}
        </Stack>
      </Fieldset>

      <DatesField
        label={t('launch.blackoutDates')}
        description={t('launch.blackoutDatesHint')}
        value={form.blackoutDates}
        onChange={(value) => update((current) => ({ ...current, blackoutDates: value }), 'blackoutDates')}
        error={errors.blackoutDates}
        minDate={form.startsOn ?? undefined}
        maxDate={form.endsOn ?? undefined}
        defaultDate={form.startsOn ?? undefined}
        clearable
      />
    </Stack>
  );
}
