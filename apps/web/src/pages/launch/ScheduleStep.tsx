import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BlackoutDatesField } from '../../components/wizard/PeriodFields';
import { WeeklySlotFields } from '../../components/wizard/WeeklySlotFields';
import { useTRPC } from '../../trpc/trpc';
import type { StepProps } from './stepProps';
import { emptyDistrict, type DistrictRow, type ProgrammeTeamSlot } from './wizardForm';

/** Step 2: the districts with their weekly session, the programme team's slot, the days without sessions. */
export function ScheduleStep(props: StepProps) {
  const { form, errors, update } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const programme = programmes.data?.find((candidate) => candidate.id === form.programmeId.trim());
  const names = form.districts.map((district) => district.name.trim()).filter(Boolean);
  const offerProgrammeDistricts =
    programme !== undefined &&
    programme.districts.length > 0 &&
    programme.districts.join('|') !== names.join('|');

  function changeDistrict(index: number, change: Partial<Omit<DistrictRow, 'key'>>) {
    update(
      (current) => ({
        ...current,
        districts: current.districts.map((row, i) => (i === index ? { ...row, ...change } : row)),
      }),
      ...Object.keys(change).map((field) => `districts.${index}.${field}`),
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

  function changeTeam(change: Partial<ProgrammeTeamSlot>) {
    update(
      (current) => ({ ...current, programmeTeam: { ...current.programmeTeam, ...change } }),
      ...Object.keys(change).map((field) => `programmeTeam.${field}`),
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
                  onChange={(event) => changeDistrict(index, { name: event.currentTarget.value })}
                  error={errors[`districts.${index}.name`]}
                  required
                />
                <WeeklySlotFields
                  value={district}
                  path={`districts.${index}`}
                  errors={errors}
                  onChange={(change) => changeDistrict(index, change)}
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
            onChange={(event) => changeTeam({ enabled: event.currentTarget.checked })}
          />
          {form.programmeTeam.enabled && (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <WeeklySlotFields
                value={form.programmeTeam}
                path="programmeTeam"
                errors={errors}
                onChange={changeTeam}
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

      <BlackoutDatesField {...props} description={t('launch.blackoutDatesHint')} />
    </Stack>
  );
}
