import {
  createPerson,
  createSignInLink,
  findPersonByEmail,
  grantMembership,
  membershipsIn,
  updatePerson,
  type Db,
} from '@leercyclus/db';
import type { Person } from '@leercyclus/domain';
import { authPrefix } from './routes.js';

/** Where the first administrator is written down as coming from in the audit log: the installation itself. */
const installation = { userId: 'system' };

/** The first administrator's address when ADMIN_EMAIL names none: clearly no one's, to be changed in the panel. */
export const defaultAdministratorEmail = 'beheer@leercyclus.invalid';

/** How long the printed link works: a day, time enough to open it after a start left running. */
export const firstLinkMinutes = 24 * 60;

export interface FirstAdministrator {
  person: Person;
  /** The one-time sign-in link, as printed. */
  link: string;
}

/**
 * A fresh installation has no administrator and no usable password: this makes the first administrator (ADMIN_EMAIL,
 * or an address to change later) and returns a one-time link that signs them in, the way Jupyter prints its token.
 * Null when an active administrator exists already: then there is nothing to print.
 */
export async function ensureFirstAdministrator(
  db: Db,
  settings: { email?: string | undefined; publicUrl: string },
): Promise<FirstAdministrator | null> {
  const administrators = await membershipsIn(db, 'installation', 'installation');
  if (administrators.some(({ person }) => person.active)) return null;
  const email = settings.email || defaultAdministratorEmail;
  const known = await findPersonByEmail(db, email);
  const person = known
    ? await updatePerson(db, installation, known.id, { active: true })
    : await createPerson(db, installation, { name: 'Beheerder', email, organisation: 'Gemeente' });
  await grantMembership(db, installation, person.id, {
    scope: 'installation',
    scopeId: 'installation',
    role: 'administrator',
  });
  const token = await createSignInLink(db, installation, person.id, firstLinkMinutes);
  return { person, link: signInLinkUrl(settings.publicUrl, token) };
}

/** A sign-in link's address on the panel's public address. */
export function signInLinkUrl(publicUrl: string, token: string): string {
  return new URL(`${authPrefix}/link/${token}`, publicUrl).toString();
}
