import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Person } from '@leercyclus/domain';
import { QueryView } from '../../components/QueryView';
import { useTRPC, useTRPCClient } from '../../trpc/trpc';
import { TokenTable } from '../tokens/TokenTable';

/** Someone else's API tokens, for the administrator to revoke one that may no longer be used. */
export function PersonTokens({ person }: { person: Person }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const tokens = useQuery(trpc.tokens.listFor.queryOptions({ personId: person.id }));
  return (
    <Stack gap="sm">
      <Text size="sm">{t('tokens.ofPersonIntro', { name: person.name })}</Text>
      <QueryView
        query={tokens}
        loadingLabel={t('tokens.loading')}
        empty={t('tokens.ofPersonEmpty', { name: person.name })}
      >
        {(all) => (
          <TokenTable
            tokens={all}
            caption={t('tokens.ofPersonCaption', { name: person.name })}
            revoke={(tokenId) => client.tokens.revokeFor.mutate({ personId: person.id, tokenId })}
          />
        )}
      </QueryView>
    </Stack>
  );
}
