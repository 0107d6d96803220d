import { Anchor, AppShell, Container, Group, Title } from '@mantine/core';
import { Link, NavLink, Outlet } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { overdueCheckpointsPath } from '@leercyclus/domain';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/QueryStates';
import { SignInPage } from '../pages/signIn/SignInPage';
import { useSession, type SignedInPerson } from '../session/Session';
import { allows } from '../session/access';
import { useTRPC } from '../trpc/trpc';
import { DevelopmentBanner } from './DevelopmentBanner';
import { DevelopmentPicker } from './DevelopmentPicker';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionMenu } from './SessionMenu';
import classes from './AppLayout.module.css';

const headerHeight = 60;
/** The development banner's strip below the header (AppLayout.module.css). */
const bannerHeight = 32;

/**
 * The frame of every page: the header with the app's name, navigation, who is signed in and the language; the
 * page itself once someone is signed in, the sign-in page until then.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const development = session.mode === 'development';
  return (
    <AppShell header={{ height: headerHeight + (development ? bannerHeight : 0) }} padding="md">
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h={headerHeight} px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Title order={1} size="h3">
                {t('app.name')}
              </Title>
            </Anchor>
            {session.signedIn && <Navigation signedIn={session.signedIn} />}
          </Group>
          <Group gap="md" wrap="nowrap">
            {development && <DevelopmentPicker />}
            {session.signedIn && <SessionMenu />}
            <LanguageSwitch />
          </Group>
        </Group>
        {development && <DevelopmentBanner />}
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" px={0}>
          {session.status === 'pending' ? (
            <LoadingState label={t('common.loading')} />
          ) : session.status === 'error' ? (
            <ErrorState error={session.error} onRetry={session.retry} />
          ) : session.signedIn ? (
            <Outlet />
          ) : (
            <SignInPage />
          )}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function Navigation({ signedIn }: { signedIn: SignedInPerson }) {
  const { t } = useTranslation();
  const sinkRunning = useMailSinkRunning(allows(signedIn, 'mail.sink'));
  const links = [
    { to: '/', label: t('nav.dashboard'), shown: true },
    { to: '/programmas', label: t('nav.programmes'), shown: true },
    { to: '/cycles', label: t('nav.cycles'), shown: true },
    { to: '/casussen', label: t('nav.cases'), shown: allows(signedIn, 'cases.list') },
    { to: '/groups', label: t('nav.groups'), shown: true },
    { to: overdueCheckpointsPath, label: t('nav.overdue'), shown: allows(signedIn, 'checkpoints.overdue') },
    { to: '/escalations', label: t('escalations.nav'), shown: allows(signedIn, 'escalations.inbox') },
    { to: '/analytics', label: t('nav.analytics'), shown: true },
    { to: '/mensen', label: t('nav.people'), shown: allows(signedIn, 'people.list') },
    { to: '/audit', label: t('nav.audit'), shown: allows(signedIn, 'audit.list') },
    { to: '/verzonden-berichten', label: t('nav.sentMail'), shown: sinkRunning },
  ];
  return (
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
  );
}

/** Whether a local mail sink runs (in development), whose messages the administrator may read. */
function useMailSinkRunning(allowed: boolean): boolean {
  const trpc = useTRPC();
  const sink = useQuery(trpc.mail.sink.queryOptions({ limit: 1 }, { enabled: allowed, staleTime: 300_000 }));
  return allowed && sink.data?.running === true;
}
