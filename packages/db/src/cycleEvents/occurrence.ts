import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { queueInvitations } from '../mail/invitationMail.js';
import { organisationKey } from '../organisationKey.js';
import { occurrenceCases, occurrenceOrganisations, occurrences } from '../schema/index.js';
import { replacedBy } from '../upsert.js';
import { ownedRecordId, type EventOf, type WrittenRecord } from './types.js';

/** One row per organisation, as first written: a name typed twice must not fail the write for ever. */
function distinctOrganisations(names: readonly string[]) {
  const byKey = new Map<string, string>();
  for (const name of names)
    if (!byKey.has(organisationKey(name))) byKey.set(organisationKey(name), name.trim());
  return [...byKey].map(([key, organisation], position) => ({
    organisationKey: key,
    organisation,
    position,
  }));
}

export async function writeOccurrence(tx: Tx, event: EventOf<'occurrenceUpdated'>): Promise<WrittenRecord> {
  const { occurrence } = event;
  const record = occurrence.record;
  const key = { processId: event.cycleId, occurrenceId: occurrence.id };
  const sameRow = and(
    eq(occurrences.processId, key.processId),
    eq(occurrences.occurrenceId, key.occurrenceId),
  );
  const [before] = await tx
    .select({ status: occurrences.status, startsAt: occurrences.startsAt, moves: occurrences.moves })
    .from(occurrences)
    .where(sameRow);
  const [after] = await tx
    .insert(occurrences)
    .values({
      ...key,
      kind: occurrence.kind,
      district: occurrence.district,
      date: occurrence.date,
      startsAt: instantOf(occurrence.startsAt),
      endsAt: instantOf(occurrence.endsAt),
      status: occurrence.status,
      change: occurrence.change,
      moves: occurrence.change?.movedFrom ? 1 : 0,
      swtProfessionals: record?.attendance.swtProfessionals ?? null,
      partnerProfessionals: record?.attendance.partnerProfessionals ?? null,
      parentsOrGuardians: record?.attendance.parentsOrGuardians ?? null,
      questionNumbers: record?.questionNumbers ?? null,
      notes: record?.notes ?? null,
      recordedBy: record?.recordedBy ?? null,
      recordedAt: record ? instantOf(record.recordedAt) : null,
    })
    .onConflictDoUpdate({
      target: [occurrences.processId, occurrences.occurrenceId],
      set: {
        ...replacedBy(occurrences, ['processId', 'occurrenceId', 'moves']),
        // Every snapshot after a move carries that move: only a change not seen before counts as another.
        moves: sql`${occurrences.moves} + case when excluded.change is distinct from ${occurrences.change}
          and jsonb_typeof(excluded.change -> 'movedFrom') = 'object' then 1 else 0 end`,
      },
    })
    .returning({ moves: occurrences.moves });
  await queueInvitations(tx, event.cycleId, occurrence, before, instantOf(event.at), after?.moves ?? 0);

  const sameOccurrence = (table: typeof occurrenceOrganisations | typeof occurrenceCases) =>
    and(eq(table.processId, key.processId), eq(table.occurrenceId, key.occurrenceId));
  await tx.delete(occurrenceOrganisations).where(sameOccurrence(occurrenceOrganisations));
  await tx.delete(occurrenceCases).where(sameOccurrence(occurrenceCases));
  const organisations = distinctOrganisations(record?.organisations ?? []);
  if (organisations.length > 0) {
    await tx
      .insert(occurrenceOrganisations)
      .values(organisations.map((organisation) => ({ ...key, ...organisation })));
  }
  const caseCodes = [...new Set(record?.caseCodes ?? [])];
  if (caseCodes.length > 0) {
    await tx
      .insert(occurrenceCases)
      .values(caseCodes.map((caseCode, position) => ({ ...key, caseCode, position })));
  }
  return { recordType: 'occurrence', recordId: ownedRecordId(event.cycleId, occurrence.id) };
}
