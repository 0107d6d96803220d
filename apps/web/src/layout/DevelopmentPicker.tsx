import { useTranslation } from 'react-i18next';
import { useSession } from '../session/Session';
import { useAuthMode } from '../session/useAuthMode';
import { HeaderSelect } from './HeaderSelect';

const nobody = '';

/** The development sign-in in the header: switch to anyone the API offers (development mode only). */
export function DevelopmentPicker() {
  const { t } = useTranslation();
  const { developmentPeople = [] } = useAuthMode();
  const { signedIn, pickDevelopmentPerson } = useSession();
  const current = signedIn?.person.id ?? nobody;
  const options = [
    { value: nobody, label: t('header.notSignedIn') },
    ...developmentPeople.map((person) => ({ value: person.id, label: person.name })),
  ];
  return (
    <HeaderSelect
      id="dev-user"
      label={t('header.signedInAs')}
      data={options}
      value={current}
      onChange={(value) => void pickDevelopmentPerson(value || null)}
    />
  );
}
