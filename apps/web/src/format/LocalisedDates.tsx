import 'dayjs/locale/nl';
import type { ReactNode } from 'react';
import { DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/** Calendars in the chosen language, weeks starting on Monday as in the Netherlands. */
export function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider
      settings={{
        locale: i18n.resolvedLanguage === 'en' ? 'en' : 'nl',
        firstDayOfWeek: 1,
        weekendDays: [0, 6],
      }}
    >
      {children}
    </DatesProvider>
  );
}
