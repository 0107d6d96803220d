import type { Membership, Person } from '@leercyclus/domain';
import type { Db } from '../database.js';
import { grantMembership } from '../repositories/memberships.js';
import { createPerson, findPerson } from '../repositories/people.js';

/** The people of the tests and the development sign-in; what they hold is up to each test (see seedPeople). */
export const developmentPeople: readonly Person[] = [
  {
    id: 'anna.projectleider',
    name: 'Anna de Vries',
    email: 'anna@example.org',
    organisation: 'Gemeente',
    active: true,
  },
  {
    id: 'bram.coordinator',
    name: 'Bram Jansen',
    email: 'bram@example.org',
    organisation: 'Jeugdhulp Noord',
    active: true,
  },
  {
    id: 'chris.monitor',
    name: 'Chris Bakker',
    email: 'chris@example.org',
    organisation: 'Gemeente',
    active: true,
  },
  {
    id: 'dana.management',
    name: 'Dana Visser',
    email: 'dana@example.org',
    organisation: 'Gemeente',
    active: true,
  },
  {
    id: 'eva.deelnemer',
    name: 'Eva Smit',
    email: 'eva@example.org',
    organisation: 'Basisschool De Wilg',
    active: true,
  },
  {
    id: 'frank.beheer',
    name: 'Frank de Boer',
    email: 'frank@example.org',
    organisation: 'Gemeente',
    active: true,
  },
];

/** A membership with the person who holds it. */
export type HeldMembership = Membership & { personId: string };

/** Puts these people (those not there yet) and memberships into the record, as the system would. */
export async function seedPeople(
  db: Db,
  people: readonly Person[],
  memberships: readonly HeldMembership[] = [],
): Promise<void> {
  const actor = { userId: 'system' };
  for (const person of people) {
    if (!(await findPerson(db, person.id))) await createPerson(db, actor, person);
  }
  for (const { personId, ...membership } of memberships) {
    await grantMembership(db, actor, personId, membership);
  }
}
