import {
  createPerson,
  findPersonByEmail,
  findPersonByOidcSubject,
  linkOidcSubject,
  type Db,
} from '@leercyclus/db';
import type { OidcPeople } from './matchPerson.js';

/** The sign-in's view of the people record. */
export function recordPeople(db: Db): OidcPeople {
  return {
    findByEmail: (email) => findPersonByEmail(db, email),
    findBySubject: (issuer, subject) => findPersonByOidcSubject(db, issuer, subject),
    // The person links their own identity by signing in.
    linkSubject: (personId, issuer, subject) =>
      linkOidcSubject(db, { userId: personId }, personId, issuer, subject),
    // Nobody signed in yet: the installation itself adds them, as the settings allow.
    create: (person) => createPerson(db, { userId: 'system' }, person),
  };
}
