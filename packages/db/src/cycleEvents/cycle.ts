import type { Tx } from '../database.js';
import { processes } from '../schema/index.js';
import { replacedBy } from '../upsert.js';
import type { EventOf, WrittenRecord } from './types.js';

export async function writeCycle(tx: Tx, event: EventOf<'cycleUpdated'>): Promise<WrittenRecord> {
  const { cycle } = event;
  const at = new Date(event.at);
  await tx
    .insert(processes)
    .values({
      workflowId: event.cycleId,
      kind: 'learningCycle',
      programmeId: cycle.programmeId,
      number: cycle.number,
      title: cycle.title,
      status: cycle.status,
      districts: cycle.districts.map((district) => district.name),
      districtSlots: cycle.districts,
      timeZone: cycle.timeZone,
      startsOn: cycle.startsOn,
      endsOn: cycle.endsOn,
      overdueCheckpoints: cycle.overdueCheckpoints,
      nextEventAt: cycle.nextEventAt === null ? null : new Date(cycle.nextEventAt),
      firstRecordedAt: at,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: processes.workflowId,
      set: replacedBy(processes, ['workflowId', 'firstRecordedAt']),
    });
  return { recordType: 'cycle', recordId: event.cycleId };
}
