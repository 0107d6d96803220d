import type { ReactNode } from 'react';
import { Anchor, Group, Title } from '@mantine/core';
import { Link } from 'react-router';

interface RegionProps {
  /** The heading's id, which names the region. */
  id: string;
  title: string;
  /** A link beside the heading to the whole of what the region shows part of. */
  link?: { to: string; label: string };
  /** Buttons beside the heading (after the link). */
  actions?: ReactNode;
  children: ReactNode;
}

/** A region of a page named by its heading, with a link or buttons beside the heading. */
export function Region({ id, title, link, actions, children }: RegionProps) {
  const anchor = link && (
    <Anchor component={Link} to={link.to} size="sm">
      {link.label}
    </Anchor>
  );
  return (
    <section aria-labelledby={id}>
      {anchor || actions ? (
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4" id={id}>
            {title}
          </Title>
          {anchor && actions ? (
            <Group gap="sm">
              {anchor}
              {actions}
            </Group>
          ) : (
            (anchor ?? actions)
          )}
        </Group>
      ) : (
        <Title order={3} size="h4" id={id} mb="xs">
          {title}
        </Title>
      )}
      {children}
    </section>
  );
}
