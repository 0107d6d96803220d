import type { ReactNode } from 'react';
import { Group, Stack, Title, type StackProps } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  /** The page's button beside its title. */
  action?: ReactNode;
  gap?: StackProps['gap'];
  children: ReactNode;
}

/** A page: its title (also the document's) and action on top, then its content. */
export function Page({ title, action, gap = 'md', children }: PageProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap={gap}>
      <Group justify="space-between">
        <Title order={2}>{title}</Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}
