import { useState } from 'react';
import { Button, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Membership, Person } from '@leercyclus/domain';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { FormProblem, useDescribeFailure, type Problem } from '../../components/FormProblem';
import { EmptyState } from '../../components/QueryStates';
import { useTRPC } from '../../trpc/trpc';
import { GrantMembershipForm } from './GrantMembershipForm';
import { usePeopleRefresh } from './usePeopleRefresh';
import { useMembershipLabels } from '../../format/memberships';

const noPaths: ReadonlySet<string> = new Set();

/** A person's roles, a row per scope and role, each revocable; below them the form that grants another. */
export function MembershipsPanel({ person, memberships }: { person: Person; memberships: Membership[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {memberships.length === 0 ? (
        <EmptyState>{t('memberships.empty', { name: person.name })}</EmptyState>
      ) : (
        <MembershipTable person={person} memberships={memberships} />
      )}
      <GrantMembershipForm person={person} />
    </Stack>
  );
}

function MembershipTable({ person, memberships }: { person: Person; memberships: Membership[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = usePeopleRefresh();
  const labels = useMembershipLabels();
  const describeFailure = useDescribeFailure();
  const [problem, setProblem] = useState<Problem | null>(null);
  const revoke = useMutation(
    trpc.memberships.revoke.mutationOptions({
      onSuccess: async (_result, input) => {
        setProblem(null);
        notifications.show({ color: 'teal', message: t('memberships.revoked', labels(input.membership)) });
        await refresh();
      },
      onError: (error) => setProblem(describeFailure(error, noPaths).problem),
    }),
  );
  return (
    <Stack gap="sm">
      <FormProblem problem={problem} />
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" striped withTableBorder>
          <Table.Caption>{t('memberships.caption', { name: person.name })}</Table.Caption>
          <ColumnHeaders
            labels={[
              t('memberships.scope'),
              t('memberships.scopeId'),
              t('memberships.role'),
              t('memberships.actions'),
            ]}
          />
          <Table.Tbody>
            {memberships.map((membership) => {
              const label = labels(membership);
              return (
                <Table.Tr key={`${membership.scope}/${membership.scopeId}/${membership.role}`}>
                  <Table.Td>{label.kind}</Table.Td>
                  <Table.Td>{membership.scope === 'installation' ? '—' : membership.scopeId}</Table.Td>
                  <Table.Td>{label.role}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('memberships.revokeLabel', label)}
                      loading={revoke.isPending && revoke.variables.membership === membership}
                      onClick={() => revoke.mutate({ personId: person.id, membership })}
                    >
                      {t('memberships.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
