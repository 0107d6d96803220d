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

/** The development people by the part each plays in the tests, the bench and the drills. */
export const developmentParts = {
  leader: 'anna.projectleider',
  coordinator: 'bram.coordinator',
  monitor: 'chris.monitor',
  management: 'dana.management',
  participant: 'eva.deelnemer',
  administrator: 'frank.beheer',
} as const;

/**
 * The development people's usual parts in these programmes and management tables: Anna leads and coordinates,
 * Bram coordinates, Chris monitors, Eva takes part, Dana sits on the tables.
 */
export function partsIn(scopes: {
  programmes?: readonly string[];
  tables?: readonly string[];
}): HeldMembership[] {
  const p = developmentParts;
  return [
    ...(scopes.programmes ?? []).flatMap((scopeId): HeldMembership[] => [
      { personId: p.leader, scope: 'programme', scopeId, role: 'projectLeader' },
      { personId: p.leader, scope: 'programme', scopeId, role: 'coordinator' },
      { personId: p.coordinator, scope: 'programme', scopeId, role: 'coordinator' },
      { personId: p.monitor, scope: 'programme', scopeId, role: 'monitor' },
      { personId: p.participant, scope: 'programme', scopeId, role: 'participant' },
    ]),
    ...(scopes.tables ?? []).map((scopeId): HeldMembership => ({
      personId: p.management,
      scope: 'table',
      scopeId,
      role: 'member',
    })),
  ];
}
