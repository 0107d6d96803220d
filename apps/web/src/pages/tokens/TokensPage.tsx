import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useTRPC, useTRPCClient } from '../../trpc/trpc';
import { CreateTokenForm } from './CreateTokenForm';
import { TokenTable } from './TokenTable';

/** `/mijn-tokens`: the signed-in person's API tokens — create one (shown once), see them, revoke them. */
export function TokensPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const tokens = useQuery(trpc.tokens.list.queryOptions());
  return (
    <Page title={t('tokens.title')}>
      <Text size="sm" c="dimmed">
        {t('tokens.intro')}
      </Text>
      <CreateTokenForm />
      <QueryView query={tokens} loadingLabel={t('tokens.loading')} empty={t('tokens.empty')}>
        {(all) => (
          <TokenTable
            tokens={all}
            caption={t('tokens.caption')}
            revoke={(tokenId) => client.tokens.revoke.mutate({ tokenId })}
          />
        )}
      </QueryView>
    </Page>
  );
}
