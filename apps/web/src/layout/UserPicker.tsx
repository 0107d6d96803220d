import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../session/CurrentUser';
import { HeaderSelect } from './HeaderSelect';

const noUser = '';

/** The development sign-in: pick one of the API's development users; every request then carries their id. */
export function UserPicker() {
  const { t } = useTranslation();
  const { userId, users, usersStatus, signInAs } = useCurrentUser();

  const options = [
    {
      value: noUser,
      label: usersStatus === 'error' ? t('header.usersUnavailable') : t('header.notSignedIn'),
    },
    ...users.map((user) => ({
      value: user.id,
      label: `${user.name} (${user.roles.map((role) => t(`roles.${role}`)).join(', ')})`,
    })),
  ];
  // A remembered user the API no longer offers (or not yet, while loading) stays visible as picked.
  if (userId && !users.some((user) => user.id === userId)) options.push({ value: userId, label: userId });

  return (
    <HeaderSelect
      id="dev-user"
      label={t('header.signedInAs')}
      data={options}
      value={userId ?? noUser}
      onChange={(value) => signInAs(value || null)}
      disabled={usersStatus === 'pending'}
    />
  );
}
