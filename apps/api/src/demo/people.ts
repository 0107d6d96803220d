import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  createPerson,
  findPerson,
  grantMembership,
  membershipsOf,
  setPassword,
  type Actor,
  type Db,
} from '@leercyclus/db';
import { personSchema, scopedMembershipSchema, type Membership, type Person } from '@leercyclus/domain';
import { runRecord } from '../record/recordErrors.js';
import { demoProgrammeId, demoTable } from './programme.js';

/**
 * The demo programme's people and their parts: Anna leads it and coordinates, Bram coordinates (he owns the
 * overdue checkpoint), Chris is its reflexive monitor, Eva takes part, Dana chairs the management table. The ids
 * are the ones the demo's commands name; the record's development people of the tests are the same five.
 */
export const demoPeople: readonly (Person & { memberships: Membership[] })[] = [
  {
    id: 'anna.projectleider',
    name: 'Anna de Vries',
    email: 'anna@example.org',
    organisation: 'Gemeente',
    active: true,
    memberships: [
      { scope: 'programme', scopeId: demoProgrammeId, role: 'projectLeader' },
      { scope: 'programme', scopeId: demoProgrammeId, role: 'coordinator' },
    ],
  },
  {
    id: 'bram.coordinator',
    name: 'Bram Jansen',
    email: 'bram@example.org',
    organisation: 'Jeugdhulp Noord',
    active: true,
    memberships: [{ scope: 'programme', scopeId: demoProgrammeId, role: 'coordinator' }],
  },
  {
    id: 'chris.monitor',
    name: 'Chris Bakker',
    email: 'chris@example.org',
    organisation: 'Gemeente',
    active: true,
    memberships: [{ scope: 'programme', scopeId: demoProgrammeId, role: 'monitor' }],
  },
  {
    id: 'dana.management',
    name: 'Dana Visser',
    email: 'dana@example.org',
    organisation: 'Gemeente',
    active: true,
    memberships: [{ scope: 'table', scopeId: demoTable, role: 'chair' }],
  },
  {
    id: 'eva.deelnemer',
    name: 'Eva Smit',
    email: 'eva@example.org',
    organisation: 'Basisschool De Wilg',
    active: true,
    memberships: [{ scope: 'programme', scopeId: demoProgrammeId, role: 'participant' }],
  },
];

/** How to sign in as each of the demo's people, for the panel to show once. */
export const demoSignInSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: personSchema.shape.email,
  memberships: z.array(scopedMembershipSchema),
  /** The password the demo gave them, shown this once; null for someone who was in the record already. */
  password: z.string().nullable(),
});
export type DemoSignIn = z.infer<typeof demoSignInSchema>;

/**
 * Puts the demo's people into the record: those not there yet with a fresh random password (there is no default
 * password to guess), each with their parts in the demo programme and table. Someone already in the record keeps
 * their password and gets the parts. Audited as the person loading the demo. Returns the passwords it gave.
 */
export async function addDemoPeople(db: Db, actor: Actor): Promise<Map<string, string>> {
  const passwords = new Map<string, string>();
  for (const { memberships, ...person } of demoPeople) {
    if (!(await findPerson(db, person.id))) {
      const password = randomBytes(12).toString('base64url');
      await runRecord(() => createPerson(db, actor, person));
      await setPassword(db, actor, person.id, password);
      passwords.set(person.id, password);
    }
    for (const membership of memberships) await grantMembership(db, actor, person.id, membership);
  }
  return passwords;
}

/** How to sign in as each of the demo's people, with what they hold once the demo is loaded. */
export async function demoSignIns(db: Db, passwords: ReadonlyMap<string, string>): Promise<DemoSignIn[]> {
  return Promise.all(
    demoPeople.map(async ({ id, name, email }) => ({
      id,
      name,
      email,
      memberships: await membershipsOf(db, id),
      password: passwords.get(id) ?? null,
    })),
  );
}
