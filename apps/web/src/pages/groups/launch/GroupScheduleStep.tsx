import { Fieldset, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BlackoutDatesField, PeriodFields } from '../../../components/wizard/PeriodFields';
import type { WizardStepProps } from '../../../components/wizard/useWizard';
import { WeeklySlotFields } from '../../../components/wizard/WeeklySlotFields';
import type { GroupWizardForm } from './groupWizardForm';

const cadences = [1, 2, 3, 4] as const;

/** Step 3: when the group runs and how often it meets. */
export function GroupScheduleStep(props: WizardStepProps<GroupWizardForm>) {
  const { form, errors, update } = props;
  const { t } = useTranslation();

  function changeMeetings(change: Partial<GroupWizardForm['meetings']>) {
    update(
      (current) => ({ ...current, meetings: { ...current.meetings, ...change } }),
      ...Object.keys(change).map((field) => `meetings.${field}`),
      'meetings',
    );
  }

  return (
    <Stack gap="md">
      <PeriodFields {...props} endsOnLabel={t('groupWizard.endsOn')} endRequired />
      <Fieldset legend={t('groupWizard.meetings')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <WeeklySlotFields
            value={form.meetings}
            path="meetings"
            errors={errors}
            onChange={changeMeetings}
            required
          />
          <NativeSelect
            label={t('groupWizard.everyWeeks')}
            data={cadences.map((weeks) => ({
              value: String(weeks),
              label: t('groupWizard.everyWeeksOption', { count: weeks }),
            }))}
            value={String(form.meetings.everyWeeks)}
            onChange={(event) => changeMeetings({ everyWeeks: Number(event.currentTarget.value) })}
            error={errors['meetings.everyWeeks']}
            required
          />
        </SimpleGrid>
      </Fieldset>
      <BlackoutDatesField {...props} description={t('groupWizard.blackoutDatesHint')} />
    </Stack>
  );
}
