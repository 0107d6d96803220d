import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { CalendarSubscriptions } from './CalendarSubscriptions';

/** `/mijn-agenda`: the signed-in person's calendar subscription to everything they take part in. */
export function MyCalendarPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('calendars.pageTitle')}>
      <CalendarSubscriptions target={{ scope: 'person' }} />
    </Page>
  );
}
