import type { ReactNode } from 'react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { memberRoles, type MemberRole } from '@leercyclus/domain';
import type { MemberFieldValues } from './memberInput';
import { PersonSelect } from '../../components/PersonSelect';
import { SafeTextInput } from '../../components/SafeText';

interface MemberFieldsProps {
  value: MemberFieldValues;
  /** Where the member sits in the input (`members.0`), or empty when the member is the input itself. */
  path: string;
  errors: Record<string, ReactNode>;
  onChange: (change: Partial<MemberFieldValues>) => void;
}

/** Account, name, organisation and role of a member; laid out by the grid around them. */
export function MemberFields({ value, path, errors, onChange }: MemberFieldsProps) {
  const { t } = useTranslation();
  const at = (field: keyof MemberFieldValues) => errors[path ? `${path}.${field}` : field];
  return (
    <>
      <PersonSelect
        label={t('groupWizard.memberAccount')}
        none={t('groupWizard.noAccount')}
        value={value.userId}
        onChange={(event) => onChange({ userId: event.currentTarget.value })}
        error={at('userId')}
      />
      <SafeTextInput
        label={t('groupWizard.memberName')}
        description={t('groupWizard.memberNameHint')}
        value={value.displayName}
        onChange={(event) => onChange({ displayName: event.currentTarget.value })}
        error={at('displayName')}
      />
      <SafeTextInput
        label={t('groupWizard.memberOrganisation')}
        value={value.organisation}
        onChange={(event) => onChange({ organisation: event.currentTarget.value })}
        error={at('organisation')}
        required
      />
      <NativeSelect
        label={t('groupWizard.memberRole')}
        data={memberRoles.map((role) => ({ value: role, label: t(`groups.role.${role}`) }))}
        value={value.role}
        onChange={(event) => onChange({ role: event.currentTarget.value as MemberRole })}
        error={at('role')}
        required
      />
    </>
  );
}
