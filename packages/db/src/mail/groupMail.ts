import type { Checkpoint, Obstacle } from '@leercyclus/domain';
import type { Tx } from '../database.js';
import { queueMessage } from './queue.js';
import { groupSlugOf, holdersOf, nameOf, processFacts } from './recipients.js';

/** The group's facilitators and what the notices say of the group. */
async function facilitatorsOf(tx: Tx, groupId: string) {
  const slug = groupSlugOf(groupId);
  if (slug === null) return null;
  const process = await processFacts(tx, groupId);
  const group = { groupId, slug, question: process?.title ?? null };
  return {
    group,
    timeZone: process?.timeZone ?? 'Europe/Amsterdam',
    facilitators: await holdersOf(tx, 'group', slug, ['facilitator']),
  };
}

/** An obstacle a member raised, to the facilitators who did not raise it themselves; once per obstacle. */
export async function queueObstacleNotice(tx: Tx, groupId: string, obstacle: Obstacle): Promise<void> {
  if (obstacle.status !== 'open') return;
  const of = await facilitatorsOf(tx, groupId);
  if (!of) return;
  const raisedByName = await nameOf(tx, obstacle.raisedBy);
  for (const facilitator of of.facilitators.filter((id) => id !== obstacle.raisedBy)) {
    await queueMessage(tx, 'groupNotice', {
      cause: `${groupId}#${obstacle.id}/raised#${facilitator}`,
      recipient: facilitator,
      payload: { ...of.group, event: 'obstacleRaised', obstacle: obstacle.text, raisedByName },
    });
  }
}

/** A group's checkpoint gone overdue, to the facilitators who do not own it (the owner has their reminder). */
export async function queueOverdueNotice(tx: Tx, groupId: string, checkpoint: Checkpoint): Promise<void> {
  if (checkpoint.status !== 'overdue') return;
  const of = await facilitatorsOf(tx, groupId);
  if (!of) return;
  const ownerName = await nameOf(tx, checkpoint.owner);
  for (const facilitator of of.facilitators.filter((id) => id !== checkpoint.owner)) {
    await queueMessage(tx, 'groupNotice', {
      cause: `${groupId}#${checkpoint.id}@${checkpoint.dueAt}/overdue#${facilitator}`,
      recipient: facilitator,
      payload: {
        ...of.group,
        event: 'checkpointOverdue',
        checkpointId: checkpoint.id,
        checkpointTitle: checkpoint.title,
        ownerName,
        dueAt: checkpoint.dueAt,
        timeZone: of.timeZone,
      },
    });
  }
}
