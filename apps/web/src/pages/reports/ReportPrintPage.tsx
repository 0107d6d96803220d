import { Button, Group } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/QueryStates';
import { cyclePath } from '../paths';
import { useTRPC } from '../../trpc/trpc';
import { ReportDocumentView } from './ReportDocumentView';

/**
 * `/rapport/:programmeId` and `/rapport/:programmeId/:number`: the programme or cycle report for the browser's
 * print; its print style leaves the panel's frame off the paper.
 */
export function ReportPrintPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { programmeId = '', number } = useParams();
  const cycle = number !== undefined && /^\d{1,3}$/.test(number) ? Number(number) : undefined;
  const report = useQuery(
    cycle === undefined
      ? trpc.reports.programmeView.queryOptions({ programmeId })
      : trpc.reports.cycleView.queryOptions({ programmeId, number: cycle }),
  );
  useDocumentTitle(`${report.data?.document.title ?? t('reports.printTitle')} · ${t('app.name')}`);
  const back = cycle === undefined ? `/analytics?programme=${programmeId}` : cyclePath(programmeId, cycle);

  return (
    <>
      <Group className="no-print" p="md" justify="space-between">
        <Button component={Link} to={back} variant="default">
          {t('reports.back')}
        </Button>
        <Button onClick={() => window.print()} disabled={!report.data}>
          {t('reports.print')}
        </Button>
      </Group>
      {report.isPending ? (
        <LoadingState label={t('reports.loading')} />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportDocumentView document={report.data.document} />
      )}
    </>
  );
}
