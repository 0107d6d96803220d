import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDescribeFailure } from '../../components/FormProblem';
import { saveDownload } from '../../components/saveFile';
import { useCan } from '../../session/permissions';
import { useTRPCClient } from '../../trpc/trpc';

const noPaths: ReadonlySet<string> = new Set();

/** The table's agenda for its next meeting and its decision list, as a PDF to send round or print. */
export function TableAgendaButton({ table }: { table: string }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const can = useCan();
  const describeFailure = useDescribeFailure();
  const agenda = useMutation({
    mutationFn: () => client.reports.tableAgenda.query({ table }),
    onSuccess: (file) => {
      saveDownload(file);
      notifications.show({ color: 'teal', message: t('reports.downloaded', { file: file.fileName }) });
    },
    onError: (error) => {
      const problem = describeFailure(error, noPaths).problem;
      notifications.show({ color: 'red', title: problem.title, message: problem.lines.join(' ') });
    },
  });
  if (!can('reports.tableAgenda', { table })) return null;
  return (
    <Button variant="default" loading={agenda.isPending} onClick={() => agenda.mutate()}>
      {t('reports.tableAgenda')}
    </Button>
  );
}
