import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reportPath } from '../pages/paths';
import { useCan } from '../session/permissions';
import { useTRPCClient } from '../trpc/trpc';
import { useDescribeFailure } from './FormProblem';
import { saveDownload } from './saveFile';

const noPaths: ReadonlySet<string> = new Set();
type Dataset = 'agenda' | 'sessions' | 'checkpoints' | 'cases' | 'partners';
const datasets: Dataset[] = ['agenda', 'sessions', 'checkpoints', 'cases', 'partners'];

/**
 * "Rapport downloaden" on a cycle's page (with its number) or the programme's analytics page: the report as PDF,
 * its print view, and the exports as XLSX or CSV. Shown to those the API lets have the report or an export.
 */
export function ReportMenu({ programmeId, cycle }: { programmeId: string; cycle?: number }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const can = useCan();
  const describeFailure = useDescribeFailure();
  const [busy, setBusy] = useState(false);
  const where = { programme: programmeId };
  const mayReport = can(cycle === undefined ? 'reports.programme' : 'reports.cycle', where);
  const mayExport = can('exports.agenda', where);
  if (!mayReport && !mayExport) return null;

  const run = async (fetchFile: () => Promise<{ fileName: string; mimeType: string; base64: string }>) => {
    setBusy(true);
    try {
      const file = await fetchFile();
      saveDownload(file);
      notifications.show({ color: 'teal', message: t('reports.downloaded', { file: file.fileName }) });
    } catch (error) {
      const problem = describeFailure(error, noPaths).problem;
      notifications.show({ color: 'red', title: problem.title, message: problem.lines.join(' ') });
    } finally {
      setBusy(false);
    }
  };
  const scope = cycle === undefined ? { programmeId } : { programmeId, cycle };
  const exportOf = (dataset: Dataset, format: 'xlsx' | 'csv') => () =>
    dataset === 'partners'
      ? client.exports.partners.query({ format })
      : client.exports[dataset].query({ ...scope, format });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {t('reports.download')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {mayReport && (
          <>
            <Menu.Label>
              {t(cycle === undefined ? 'reports.programmeReport' : 'reports.cycleReport')}
            </Menu.Label>
            <Menu.Item
              onClick={() =>
                void run(() =>
                  cycle === undefined
                    ? client.reports.programme.query({ programmeId })
                    : client.reports.cycle.query({ programmeId, number: cycle }),
                )
              }
            >
              {t('reports.pdf')}
            </Menu.Item>
            <Menu.Item component={Link} to={reportPath(programmeId, cycle)}>
              {t('reports.printView')}
            </Menu.Item>
          </>
        )}
        {mayExport && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('reports.exports')}</Menu.Label>
            {datasets
              .filter((dataset) => dataset !== 'cases' || can('exports.cases', where))
              .flatMap((dataset) =>
                (['xlsx', 'csv'] as const).map((format) => (
                  <Menu.Item key={`${dataset}-${format}`} onClick={() => void run(exportOf(dataset, format))}>
                    {t('reports.exportItem', {
                      dataset: t(`reports.dataset.${dataset}`),
                      format: format.toUpperCase(),
                    })}
                  </Menu.Item>
                )),
              )}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
