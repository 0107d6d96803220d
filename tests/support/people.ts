import type { Db } from '@leercyclus/db';
import { developmentParts, developmentPeople, partsIn, seedPeople } from '@leercyclus/db/testing';

/** The development people, by the part each plays in the tests. */
export const people = developmentParts;

/** The development people in the record; Frank administers the installation. */
export function seedDevelopmentPeople(db: Db): Promise<void> {
  return seedPeople(db, developmentPeople, [
    { personId: people.administrator, scope: 'installation', scopeId: 'installation', role: 'administrator' },
  ]);
}

/** Gives the development people their usual parts (`partsIn`) in these programmes and management tables. */
export function grantParts(
  db: Db,
  scopes: { programmes?: readonly string[]; tables?: readonly string[] },
): Promise<void> {
  return seedPeople(db, developmentPeople, partsIn(scopes));
}
