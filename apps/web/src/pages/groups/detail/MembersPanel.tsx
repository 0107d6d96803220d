import { useState } from 'react';
import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { GroupMember } from '@leercyclus/domain';
import { EmptyState } from '../../../components/QueryStates';
import { formatPlainDate, useLocale } from '../../../format/dates';
import { useCanOnGroup } from '../../../session/permissions';
import { LeaveMemberModal } from './LeaveMemberModal';
import { useMemberNames } from './memberNames';

/** Who is and was in the group: organisation, role and each period of membership — nothing more. */
export function MembersPanel({ group }: { group: RouterOutputs['groups']['get'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCanOnGroup(group);
  const names = useMemberNames()(group);
  const [leaving, setLeaving] = useState<GroupMember | null>(null);
  const mayLeave = group.status === 'running' && can('groups.leave');
  if (group.members.length === 0) return <EmptyState>{t('groups.membersEmpty')}</EmptyState>;
  // Current members first, each part in the order they came.
  const members = [...group.members].sort((a, b) => Number(b.active) - Number(a.active));
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" striped withTableBorder>
          <Table.Caption>{t('groups.membersCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('groups.memberName')}</Table.Th>
              <Table.Th scope="col">{t('groups.memberOrganisation')}</Table.Th>
              <Table.Th scope="col">{t('groups.memberRole')}</Table.Th>
              <Table.Th scope="col">{t('groups.memberStatus')}</Table.Th>
              {mayLeave && <Table.Th scope="col">{t('groups.memberActions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.id} data-member={member.id}>
                <Table.Th scope="row" fw={500}>
                  {names.get(member.id)}
                </Table.Th>
                <Table.Td>{member.organisation}</Table.Td>
                <Table.Td>{t(`groups.role.${member.role}`)}</Table.Td>
                <Table.Td>
                  <Badge color={member.active ? 'teal' : 'gray'} variant="light" mr="xs">
                    {member.active ? t('groups.memberActive') : t('groups.memberLeft')}
                  </Badge>
                  {member.memberships.map((membership) => (
                    <Text size="sm" key={membership.joinedOn}>
                      {membership.leftOn
                        ? t('groups.membership', {
                            from: formatPlainDate(membership.joinedOn, locale),
                            until: formatPlainDate(membership.leftOn, locale),
                          })
                        : t('groups.membershipOpen', { from: formatPlainDate(membership.joinedOn, locale) })}
                      {membership.leftReason &&
                        ` (${t('groups.leftReason', { reason: membership.leftReason })})`}
                    </Text>
                  ))}
                </Table.Td>
                {mayLeave && (
                  <Table.Td>
                    {member.active && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('groups.leaveLabel', { name: names.get(member.id) })}
                        onClick={() => setLeaving(member)}
                      >
                        {t('groups.leave')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {leaving && (
        <LeaveMemberModal
          group={group}
          member={leaving}
          name={names.get(leaving.id) ?? leaving.id}
          onClose={() => setLeaving(null)}
        />
      )}
    </>
  );
}
