import { useState } from 'react';
import { Badge, Button, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { FormProblem, useDescribeFailure, type Problem } from '../../components/FormProblem';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { useTRPC } from '../../trpc/trpc';

type Token = RouterOutputs['tokens']['list'][number];

const noPaths: ReadonlySet<string> = new Set();

/**
 * A person's tokens with their state, each valid one revocable: the signed-in person's own (`tokens.revoke`) or,
 * for an administrator, someone else's (`tokens.revokeFor`), as `revoke` sends it.
 */
export function TokenTable({
  tokens,
  caption,
  revoke: send,
}: {
  tokens: Token[];
  caption: string;
  revoke: (tokenId: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const describeFailure = useDescribeFailure();
  const [problem, setProblem] = useState<Problem | null>(null);
  const at = (iso: string | null | undefined) =>
    iso ? formatDateTime(iso, programmeTimeZone, locale) : t('tokens.never');
  const revoke = useMutation({
    mutationFn: (token: Token) => send(token.id),
    onSuccess: async (_result, token) => {
      setProblem(null);
      notifications.show({ color: 'teal', message: t('tokens.revoked', { name: token.name }) });
      await queryClient.invalidateQueries(trpc.tokens.pathFilter());
    },
    onError: (error) => setProblem(describeFailure(error, noPaths).problem),
  });
  return (
    <Stack gap="sm">
      <FormProblem problem={problem} />
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" striped>
          <Table.Caption>{caption}</Table.Caption>
          <ColumnHeaders
            labels={[
              t('tokens.name'),
              t('tokens.createdAt'),
              t('tokens.expiresAt'),
              t('tokens.lastUsedAt'),
              t('tokens.status'),
              t('memberships.actions'),
            ]}
          />
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Th scope="row" fw={500}>
                  {token.name}
                </Table.Th>
                <Table.Td>{at(token.createdAt)}</Table.Td>
                <Table.Td>{at(token.expiresAt)}</Table.Td>
                <Table.Td>{at(token.lastUsedAt)}</Table.Td>
                <Table.Td>
                  <TokenStatus token={token} />
                </Table.Td>
                <Table.Td>
                  {statusOf(token) === 'valid' && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red"
                      aria-label={t('tokens.revokeLabel', { name: token.name })}
                      loading={revoke.isPending && revoke.variables.id === token.id}
                      onClick={() => revoke.mutate(token)}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** A token works until it is revoked or expires; the list keeps both kinds for a while, to say what happened. */
function statusOf(token: Token): 'valid' | 'expired' | 'revokedStatus' {
  if (token.revokedAt) return 'revokedStatus';
  return Date.parse(token.expiresAt) <= Date.now() ? 'expired' : 'valid';
}

function TokenStatus({ token }: { token: Token }) {
  const { t } = useTranslation();
  const status = statusOf(token);
  return (
    <Badge color={status === 'valid' ? 'teal' : 'gray'} variant="light">
      {t(`tokens.${status}`)}
    </Badge>
  );
}
