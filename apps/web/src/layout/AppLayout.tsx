import { Anchor, AppShell, Container, Group, Title } from '@mantine/core';
import { Link, NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../session/permissions';
import { LanguageSwitch } from './LanguageSwitch';
import { UserPicker } from './UserPicker';
import classes from './AppLayout.module.css';

/** The frame of every page: the header with the app's name, navigation, sign-in and language. */
export function AppLayout() {
  const { t } = useTranslation();
  const can = useCan();
  const links = [
    { to: '/', label: t('nav.dashboard'), shown: true },
    { to: '/cycles', label: t('nav.cycles'), shown: true },
    { to: '/groups', label: t('nav.groups'), shown: true },
    { to: '/checkpoints/overdue', label: t('nav.overdue'), shown: can('checkpoints.overdue') },
    { to: '/escalations', label: t('escalations.nav'), shown: can('escalations.inbox') },
    { to: '/analytics', label: t('nav.analytics'), shown: true },
  ];
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Title order={1} size="h3">
                {t('app.name')}
              </Title>
            </Anchor>
            <nav aria-label={t('app.mainNavigation')}>
              <Group gap="md" wrap="nowrap">
                {links
                  .filter((link) => link.shown)
                  .map((link) => (
                    <Anchor
                      key={link.to}
                      component={NavLink}
                      to={link.to}
                      end={link.to === '/'}
                      className={classes.navLink}
                      size="sm"
                    >
                      {link.label}
                    </Anchor>
                  ))}
              </Group>
            </nav>
          </Group>
          <Group gap="md" wrap="nowrap">
            <UserPicker />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
