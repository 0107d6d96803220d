import { and, asc, eq, sql } from 'drizzle-orm';
import type { Partner, PartnerUpsertInput } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db, Queryable } from '../database.js';
import { organisationKey } from '../organisationKey.js';
import { occurrenceOrganisations, occurrences, partnerOrganisations } from '../schema/index.js';

/** Partner organisations, each with how often it took part in a held occurrence (from the attendance). */
export async function listPartners(q: Queryable): Promise<Partner[]> {
  const attendance = q
    .select({
      nameKey: occurrenceOrganisations.organisationKey,
      attended: sql<number>`count(*)::int`.as('attended'),
      lastOn: sql<string | null>`max(${occurrences.date})::text`.as('last_on'),
    })
    .from(occurrenceOrganisations)
    .innerJoin(
      occurrences,
      and(
        eq(occurrences.processId, occurrenceOrganisations.processId),
        eq(occurrences.occurrenceId, occurrenceOrganisations.occurrenceId),
      ),
    )
    .where(eq(occurrences.status, 'held'))
    .groupBy(occurrenceOrganisations.organisationKey)
    .as('attendance');
  const rows = await q
    .select({
      id: partnerOrganisations.id,
      name: partnerOrganisations.name,
      kind: partnerOrganisations.kind,
      ring: partnerOrganisations.ring,
      attended: attendance.attended,
      lastOn: attendance.lastOn,
    })
    .from(partnerOrganisations)
    .leftJoin(attendance, eq(attendance.nameKey, partnerOrganisations.nameKey))
    .orderBy(asc(partnerOrganisations.name));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    ring: row.ring,
    occurrencesAttended: row.attended ?? 0,
    lastAttendedOn: row.lastOn ?? null,
  }));
}

/** Adds an organisation or updates the one with the same name (whatever its case or spacing). */
export function upsertPartner(db: Db, actor: Actor, input: PartnerUpsertInput): Promise<{ id: number }> {
  return audited(db, actor, async (tx) => {
    const [row] = await tx
      .insert(partnerOrganisations)
      .values({ name: input.name, nameKey: organisationKey(input.name), kind: input.kind, ring: input.ring })
      .onConflictDoUpdate({
        target: partnerOrganisations.nameKey,
        set: { name: input.name, kind: input.kind, ring: input.ring, updatedAt: sql`now()` },
      })
      .returning({ id: partnerOrganisations.id });
    const id = row!.id;
    return {
      result: { id },
      audit: {
        action: 'upsert',
        recordType: 'partnerOrganisation',
        recordId: String(id),
        details: { ...input },
      },
    };
  });
}
