import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BlackoutDatesField } from '../../../components/wizard/PeriodFields';
import { RowList } from '../../../components/wizard/RowList';
import { useRowList } from '../../../components/wizard/useRowList';
import { WeeklySlotFields } from '../../../components/wizard/WeeklySlotFields';
import { useTRPC } from '../../../trpc/trpc';
import type { StepProps } from './stepProps';
import { emptyDistrict, type ProgrammeTeamSlot } from './cycleWizardForm';
import { SafeTextInput } from '../../../components/SafeText';

/** Step 2: the districts with their weekly session, the programme team's slot, the days without sessions. */
export function CycleScheduleStep(props: StepProps) {
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
  const districts = useRowList({ errors, update }, 'districts', form.districts);

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
          <RowList
            rows={districts.rows}
            error={errors.districts}
            rowError={(index) => errors[`districts.${index}`]}
            legend={(index) => t('launch.districtLegend', { index: index + 1 })}
            renderRow={(district, index) => (
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
                <SafeTextInput
                  label={t('launch.districtName')}
                  value={district.name}
                  onChange={(event) =>
                    districts.change(index, { name: event.currentTarget.value }, 'districts')
                  }
                  error={errors[`districts.${index}.name`]}
                  required
                />
                <WeeklySlotFields
                  value={district}
                  path={`districts.${index}`}
                  errors={errors}
                  onChange={(change) => districts.change(index, change, 'districts')}
                  required
                />
              </SimpleGrid>
            )}
            removeLabel={(district, index) =>
              t('launch.removeDistrict', { index: index + 1, name: district.name || '' })
            }
            onRemove={districts.remove}
            minRows={1}
            addLabel={t('launch.addDistrict')}
            onAdd={() => districts.add(emptyDistrict())}
          >
            {offerProgrammeDistricts && (
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => districts.replace(programme.districts.map((name) => emptyDistrict(name)))}
                >
                  {t('launch.useProgrammeDistricts', { names: programme.districts.join(', ') })}
                </Button>
              </Group>
            )}
          </RowList>
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
