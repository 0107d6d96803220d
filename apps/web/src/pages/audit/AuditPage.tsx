import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '@leercyclus/domain';
import { FormProblem, useDescribeFailure, type Problem } from '../../components/FormProblem';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { saveFile } from '../../components/saveFile';
import { useCan } from '../../session/permissions';
import { useTRPC, useTRPCClient } from '../../trpc/trpc';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { auditFilterOf } from './auditFilter';

const pageSize = 50;
const noPaths: ReadonlySet<string> = new Set();

/**
 * `/audit`: the audit trail for the data-protection officer — search it, page through it newest first, export
 * what the search finds as CSV. The API records each look and each export in the trail itself.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const can = useCan();
  const allowed = can('audit.list');
  return (
    <Page title={t('audit.title')}>
      <Text size="sm" c="dimmed">
        {t('audit.intro')}
      </Text>
      {allowed ? <AuditTrail /> : <Alert color="yellow">{t('audit.notAllowed')}</Alert>}
    </Page>
  );
}

function AuditTrail() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const describeFailure = useDescribeFailure();
  const [filter, setFilter] = useState<AuditFilter>({});
  // The `before` of each page shown after the first: going back to newer entries pops one.
  const [cursors, setCursors] = useState<number[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const before = cursors.at(-1);
  const page = useQuery(
    trpc.audit.list.queryOptions({ ...filter, limit: pageSize, ...(before !== undefined ? { before } : {}) }),
  );
  const exporting = useMutation({
    mutationFn: () => client.audit.export.query(filter),
    onSuccess: (exported) => {
      setProblem(null);
      saveFile(exported.fileName, new Blob([exported.csv], { type: 'text/csv;charset=utf-8' }));
      notifications.show({
        color: exported.truncated ? 'yellow' : 'teal',
        message: exported.truncated
          ? t('audit.exportTruncated', { rows: exported.rows })
          : t('audit.exported', { count: exported.rows, file: exported.fileName }),
      });
    },
    onError: (error) => setProblem(describeFailure(error, noPaths).problem),
  });
  return (
    <>
      <AuditFilters
        onShow={(form) => {
          setFilter(auditFilterOf(form));
          setCursors([]);
        }}
      />
      <Group justify="flex-end">
        <Button variant="light" loading={exporting.isPending} onClick={() => exporting.mutate()}>
          {t('audit.export')}
        </Button>
      </Group>
      <FormProblem problem={problem} />
      <QueryView
        query={page}
        loadingLabel={t('audit.loading')}
        empty={t('audit.empty')}
        isEmpty={(data) => data.entries.length === 0}
      >
        {(data) => (
          <>
            <AuditTable entries={data.entries} />
            <Group justify="space-between" role="navigation" aria-label={t('audit.pageLabel')}>
              <Button
                variant="default"
                disabled={cursors.length === 0}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                {t('audit.newer')}
              </Button>
              <Button
                variant="default"
                disabled={data.nextBefore === null}
                onClick={() => data.nextBefore !== null && setCursors([...cursors, data.nextBefore])}
              >
                {t('audit.older')}
              </Button>
            </Group>
          </>
        )}
      </QueryView>
    </>
  );
}
