import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { mailPreferencesPath } from '@leercyclus/domain';
import { useSession, useSignedIn } from '../session/Session';

/** The signed-in person's name in the header, opening their tokens, their calendar, their e-mail settings and the sign-out. */
export function SessionMenu() {
  const { t } = useTranslation();
  const { person } = useSignedIn();
  const { signOut } = useSession();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="compact-sm" aria-label={`${t('header.account')}: ${person.name}`}>
          {person.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{person.email}</Menu.Label>
        <Menu.Item component={Link} to="/mijn-tokens">
          {t('header.myTokens')}
        </Menu.Item>
        <Menu.Item component={Link} to="/mijn-agenda">
          {t('header.myCalendar')}
        </Menu.Item>
        <Menu.Item component={Link} to={mailPreferencesPath}>
          {t('header.myMail')}
        </Menu.Item>
        <Menu.Item
          onClick={() =>
            void signOut().catch(() =>
              notifications.show({ color: 'red', message: t('header.signOutFailed') }),
            )
          }
        >
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
