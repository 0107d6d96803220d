import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { knownTables, queueTableAgenda, queueWeeklyDigests, type Db } from '@leercyclus/db';
import { nextMonthlyMeeting, tableWorkflowId } from '@leercyclus/domain';
import { tableStateQuery, type MailPlanningActivities, type TableState } from '@leercyclus/workflows';

const weekMs = 7 * 86_400_000;

/** A table's state from its workflow; undefined for a table nobody has started (no escalation reached it yet). */
async function tableStateOf(client: Client, slug: string): Promise<TableState | undefined> {
  try {
    return await client.workflow.getHandle(tableWorkflowId(slug)).query(tableStateQuery);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return undefined;
    throw error;
  }
}

/**
 * The `mail-planning` schedule's activities. A table's meeting rhythm and open items live in its workflow (the
 * record has neither), so agendas are read from there; the digests are read from the record alone.
 */
export function createMailPlanningActivities(client: Client, db: Db): MailPlanningActivities {
  return {
    async queueTableAgendas(at) {
      const now = new Date(at);
      let queued = 0;
      for (const slug of await knownTables(db)) {
        const state = await tableStateOf(client, slug);
        const meeting = state?.config.meeting;
        if (!state || !meeting) continue;
        const meetingAt = nextMonthlyMeeting(now, meeting, state.config.timeZone);
        if (meetingAt.getTime() - now.getTime() > weekMs) continue;
        queued += await queueTableAgenda(db, {
          table: slug,
          tableName: state.config.name,
          meetingAt: meetingAt.toISOString(),
          timeZone: state.config.timeZone,
          open: state.open,
        });
      }
      return queued;
    },
    queueWeeklyDigests: (at) => queueWeeklyDigests(db, new Date(at)),
  };
}
