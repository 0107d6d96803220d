import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RowList } from '../../../components/wizard/RowList';
import { useRowList } from '../../../components/wizard/useRowList';
import type { WizardStepProps } from '../../../components/wizard/useWizard';
import { MemberFields } from '../MemberFields';
import { emptyMember, type GroupWizardForm } from './groupWizardForm';

/** Step 2: the first members — practitioners of several organisations, experts by experience. */
export function GroupMembersStep({ form, errors, update }: WizardStepProps<GroupWizardForm>) {
  const { t } = useTranslation();
  const members = useRowList({ errors, update }, 'members', form.members);

  return (
    <Stack gap="md">
      <Text size="sm">{t('groupWizard.membersIntro')}</Text>
      <RowList
        rows={members.rows}
        error={errors.members}
        rowError={(index) => errors[`members.${index}`]}
        legend={(index) => t('groupWizard.memberLegend', { index: index + 1 })}
        renderRow={(member, index) => (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <MemberFields
              value={member}
              path={`members.${index}`}
              errors={errors}
              onChange={(change) =>
                // Naming someone either way answers "a user id or a display name", which the schema hangs on the name.
                members.change(index, change, `members.${index}.displayName`, 'members')
              }
            />
          </SimpleGrid>
        )}
        removeLabel={(_, index) => t('groupWizard.removeMember', { index: index + 1 })}
        onRemove={members.remove}
        minRows={1}
        addLabel={t('groupWizard.addMember')}
        onAdd={() => members.add(emptyMember())}
      />
    </Stack>
  );
}
