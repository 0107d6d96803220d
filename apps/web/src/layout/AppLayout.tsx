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
                <Anchor component={NavLink} to="/" end className={classes.navLink} size="sm">
                  {t('nav.dashboard')}
                </Anchor>
                <Anchor component={NavLink} to="/cycles" className={classes.navLink} size="sm">
                  {t('nav.cycles')}
                </Anchor>
                <Anchor component={NavLink} to="/groups" className={classes.navLink} size="sm">
                  {t('nav.groups')}
                </Anchor>
                {can('checkpoints.overdue') && (
                  <Anchor component={NavLink} to="/checkpoints/overdue" className={classes.navLink} size="sm">
                    {t('nav.overdue')}
                  </Anchor>
                )}
                {can('escalations.inbox') && (
                  <Anchor component={NavLink} to="/escalations" className={classes.navLink} size="sm">
                    {t('escalations.nav')}
                  </Anchor>
                )}
                <Anchor component={NavLink} to="/analytics" className={classes.navLink} size="sm">
                  {t('nav.analytics')}
                </Anchor>
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
