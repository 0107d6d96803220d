import type { ReactNode } from 'react';
import { Alert, Group, Stack, Table, Title, type StackProps } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../session/CurrentUser';
import { ColumnHeaders } from './ColumnHeaders';
import { LaunchButton, useCanLaunch, type ProcessKind } from './LaunchButton';
import { QueryView } from './QueryView';

interface SignedInPageProps {
  title: string;
  /** The page's button beside its title. */
  action?: ReactNode;
  /** What is said instead of the page until someone signs in. */
  notSignedIn: string;
  gap?: StackProps['gap'];
  children: ReactNode;
}

/** A page for the signed-in user: its title and action on top, then its content or a prompt to sign in. */
export function SignedInPage({ title, action, notSignedIn, gap = 'md', children }: SignedInPageProps) {
  const { t } = useTranslation();
  const { userId } = useCurrentUser();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap={gap}>
      <Group justify="space-between">
        <Title order={2}>{title}</Title>
        {action}
      </Group>
      {userId === null ? <Alert color="blue">{notSignedIn}</Alert> : children}
    </Stack>
  );
}

interface ListPageProps<Item> {
  kind: ProcessKind;
  /** The section of the page's texts: `title`, `notSignedIn`, `loading`, `empty` and `emptyProjectLeader`. */
  texts: 'cycleList' | 'groups';
  /** The list, asked for once someone is signed in. */
  query: UseQueryResult<Item[], unknown>;
  children: (items: Item[]) => ReactNode;
}

/** The list of every cycle or group: a way to launch one, and an empty list that says how to start. */
export function ListPage<Item>({ kind, texts, query, children }: ListPageProps<Item>) {
  const { t } = useTranslation();
  const canLaunch = useCanLaunch(kind);
  return (
    <SignedInPage
      title={t(`${texts}.title`)}
      action={<LaunchButton kind={kind} />}
      notSignedIn={t(`${texts}.notSignedIn`)}
    >
      <QueryView
        query={query}
        loadingLabel={t(`${texts}.loading`)}
        empty={canLaunch ? t(`${texts}.emptyProjectLeader`) : t(`${texts}.empty`)}
      >
        {children}
      </QueryView>
    </SignedInPage>
  );
}

interface ListTableProps {
  minWidth: number;
  caption: string;
  columns: readonly string[];
  children: ReactNode;
}

/** The table of a list page: its caption, column headers and rows. */
export function ListTable({ minWidth, caption, columns, children }: ListTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <ColumnHeaders labels={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
