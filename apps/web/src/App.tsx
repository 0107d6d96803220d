import { lazy, Suspense, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from './components/QueryStates';
import { LocalisedDates } from './format/LocalisedDates';
import { AppLayout } from './layout/AppLayout';
import { OverdueCheckpointsPage } from './pages/checkpoints/OverdueCheckpointsPage';
import { CycleListPage } from './pages/cycles/list/CycleListPage';
import { CyclePage } from './pages/cycles/detail/CyclePage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { GroupListPage } from './pages/groups/list/GroupListPage';
import { GroupPage } from './pages/groups/detail/GroupPage';
import { EscalationInboxPage } from './pages/escalations/EscalationInboxPage';
import { MailPreferencesPage } from './pages/mail/MailPreferencesPage';
import { SentMailPage } from './pages/mail/SentMailPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeoplePage } from './pages/people/PeoplePage';
import { PersonPage } from './pages/people/PersonPage';
import { TokensPage } from './pages/tokens/TokensPage';
import { MyCalendarPage } from './pages/calendars/MyCalendarPage';
import { SessionProvider } from './session/Session';
import { theme } from './theme';
import { ApiProvider } from './trpc/ApiProvider';
import { CasesPage } from './pages/cases/CasesPage';
import { ProgrammePage } from './pages/programmes/ProgrammePage';
import { ProgrammesPage } from './pages/programmes/ProgrammesPage';

// The wizard brings the calendar logic (zod, luxon) and analytics the charts: loaded when first opened.
const CycleLaunchPage = lazy(() =>
  import('./pages/cycles/launch/CycleLaunchPage').then((module) => ({ default: module.CycleLaunchPage })),
);
const GroupLaunchPage = lazy(() =>
  import('./pages/groups/launch/GroupLaunchPage').then((module) => ({ default: module.GroupLaunchPage })),
);
const AnalyticsPage = lazy(() =>
  import('./pages/analytics/AnalyticsPage').then((module) => ({ default: module.AnalyticsPage })),
);
// The officer's page brings the calendar logic (luxon) for its period.
const ReportPrintPage = lazy(() =>
  import('./pages/reports/ReportPrintPage').then((module) => ({ default: module.ReportPrintPage })),
);
const AuditPage = lazy(() =>
  import('./pages/audit/AuditPage').then((module) => ({ default: module.AuditPage })),
);

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<LoadingState label={t('common.loading')} />}>{children}</Suspense>;
}

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <LocalisedDates>
        <ApiProvider>
          <SessionProvider>
            <BrowserRouter>
              <Routes>
                <Route element={<AppLayout />}>
                  <Route index element={<DashboardPage />} />
                  <Route path="cycles" element={<CycleListPage />} />
                  <Route
                    path="cycles/new"
                    element={
                      <Lazy>
                        <CycleLaunchPage />
                      </Lazy>
                    }
                  />
                  <Route path="cycles/:programmeId/:number" element={<CyclePage />} />
                  <Route path="groups" element={<GroupListPage />} />
                  <Route
                    path="groups/new"
                    element={
                      <Lazy>
                        <GroupLaunchPage />
                      </Lazy>
                    }
                  />
                  <Route path="groups/:slug" element={<GroupPage />} />
                  <Route path="programmas" element={<ProgrammesPage />} />
                  <Route path="programmas/:id" element={<ProgrammePage />} />
                  <Route path="casussen" element={<CasesPage />} />
                  <Route path="checkpoints/overdue" element={<OverdueCheckpointsPage />} />
                  <Route path="escalations" element={<EscalationInboxPage />} />
                  <Route
                    path="analytics"
                    element={
                      <Lazy>
                        <AnalyticsPage />
                      </Lazy>
                    }
                  />
                  <Route
                    path="rapport/:programmeId/:number?"
                    element={
                      <Lazy>
                        <ReportPrintPage />
                      </Lazy>
                    }
                  />
                  <Route path="mensen" element={<PeoplePage />} />
                  <Route path="mensen/:personId" element={<PersonPage />} />
                  <Route path="mijn-tokens" element={<TokensPage />} />
                  <Route path="mijn-agenda" element={<MyCalendarPage />} />
                  <Route
                    path="audit"
                    element={
                      <Lazy>
                        <AuditPage />
                      </Lazy>
                    }
                  />
                  <Route path="meldingen" element={<MailPreferencesPage />} />
                  <Route path="verzonden-berichten" element={<SentMailPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </SessionProvider>
        </ApiProvider>
      </LocalisedDates>
    </MantineProvider>
  );
}
