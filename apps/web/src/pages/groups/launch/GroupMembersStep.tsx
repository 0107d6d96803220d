import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WizardStepProps } from '../../../components/wizard/useWizard';
import { MemberFields } from '../MemberFields';
import { emptyMember, type GroupWizardForm, type MemberRow } from './groupWizardForm';

/** Step 2: the first members — practitioners of several organisations, experts by experience. */
export function GroupMembersStep({ form, errors, update }: WizardStepProps<GroupWizardForm>) {
  const { t } = useTranslation();

  function changeMember(index: number, change: Partial<Omit<MemberRow, 'key'>>) {
    update(
      (current) => ({
        ...current,
        members: current.members.map((row, i) => (i === index ? { ...row, ...change } : row)),
      }),
      ...Object.keys(change).map((field) => `members.${index}.${field}`),
      // Naming someone either way answers "a user id or a display name", which the schema hangs on the name.
      `members.${index}.displayName`,
      `members.${index}`,
      'members',
    );
  }

  function removeMember(index: number) {
    // Row numbers shift: every member error goes, the next check names what is still wrong.
    update(
      (current) => ({ ...current, members: current.members.filter((_, i) => i !== index) }),
      ...Object.keys(errors).filter((path) => path.startsWith('members')),
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('groupWizard.membersIntro')}</Text>
      {errors.members && (
        <Text c="red" size="sm" role="alert">
          {errors.members}
        </Text>
      )}
      {form.members.map((member, index) => (
        <Fieldset
          key={member.key}
          legend={t('groupWizard.memberLegend', { index: index + 1 })}
          variant="filled"
        >
          {errors[`members.${index}`] && (
            <Text c="red" size="sm" mb="xs">
              {errors[`members.${index}`]}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <MemberFields
              value={member}
              path={`members.${index}`}
              errors={errors}
              onChange={(change) => changeMember(index, change)}
            />
          </SimpleGrid>
          {form.members.length > 1 && (
            <Button variant="subtle" color="red" size="xs" mt="xs" onClick={() => removeMember(index)}>
              {t('groupWizard.removeMember', { index: index + 1 })}
            </Button>
          )}
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => update((current) => ({ ...current, members: [...current.members, emptyMember()] }))}
        >
          {t('groupWizard.addMember')}
        </Button>
      </Group>
    </Stack>
  );
}
