import type { Tx } from '../database.js';
import { instantOf } from '../instantOf.js';
import { upsertProcess } from '../upsertProcess.js';
import type { EventOf, WrittenRecord } from './types.js';

export async function writeCycle(tx: Tx, event: EventOf<'cycleUpdated'>): Promise<WrittenRecord> {
  const { cycle } = event;
  await upsertProcess(
    tx,
    {
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
      nextEventAt: cycle.nextEventAt === null ? null : instantOf(cycle.nextEventAt),
      requestId: cycle.requestId ?? null,
      launchedBy: cycle.launchedBy ?? null,
      managementTable: cycle.managementTable ?? null,
      blackoutDates: cycle.blackoutDates ?? [],
      programmeTeam: cycle.programmeTeam ?? null,
      questionCategories: cycle.questionCategories ?? null,
      escalateOverdueAfterDays: cycle.escalateOverdueAfterDays ?? null,
      closedAt: cycle.closed ? instantOf(cycle.closed.at) : null,
      closedBy: cycle.closed?.by ?? null,
      closeReason: cycle.closed?.reason ?? null,
      groupOutcomes: cycle.groupOutcomes ?? [],
    },
    instantOf(event.at),
  );
  return { recordType: 'cycle', recordId: event.cycleId };
}
