import type { Db } from '@leercyclus/db';
import { developmentPeople, seedPeople, type HeldMembership } from '@leercyclus/db/testing';

/** The development people, by the part each plays in the tests. */
export const people = {
  leader: 'anna.projectleider',
  coordinator: 'bram.coordinator',
  monitor: 'chris.monitor',
  management: 'dana.management',
  participant: 'eva.deelnemer',
  administrator: 'frank.beheer',
} as const;

/** The development people in the record; Frank administers the installation. */
export function seedDevelopmentPeople(db: Db): Promise<void> {
  return seedPeople(db, developmentPeople, [
    { personId: people.administrator, scope: 'installation', scopeId: 'installation', role: 'administrator' },
  ]);
}

/**
 * Gives the development people their usual parts in these programmes and management tables: Anna leads and
 * coordinates, Bram coordinates, Chris monitors, Eva takes part, Dana sits on the tables.
 */
export function grantParts(
  db: Db,
  scopes: { programmes?: readonly string[]; tables?: readonly string[] },
): Promise<void> {
  const memberships: HeldMembership[] = [
    ...(scopes.programmes ?? []).flatMap((scopeId): HeldMembership[] => [
      { personId: people.leader, scope: 'programme', scopeId, role: 'projectLeader' },
      { personId: people.leader, scope: 'programme', scopeId, role: 'coordinator' },
      { personId: people.coordinator, scope: 'programme', scopeId, role: 'coordinator' },
      { personId: people.monitor, scope: 'programme', scopeId, role: 'monitor' },
      { personId: people.participant, scope: 'programme', scopeId, role: 'participant' },
    ]),
    ...(scopes.tables ?? []).map((scopeId): HeldMembership => ({
      personId: people.management,
      scope: 'table',
      scopeId,
      role: 'member',
    })),
  ];
  return seedPeople(db, developmentPeople, memberships);
}
