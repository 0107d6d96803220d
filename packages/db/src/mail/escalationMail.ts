import { defaultTableName, type EscalationItem } from '@leercyclus/domain';
import type { Tx } from '../database.js';
import { queueMessage } from './queue.js';
import { groupSlugOf, holdersOf, isPerson, nameOf, processFacts, projectLeaderOf } from './recipients.js';

type Because = 'raisedIt' | 'projectLeader' | 'facilitator';

/**
 * Who hears a table's decision: whoever escalated it; for what the workflow escalated itself, the cycle's project
 * leader or the group's facilitators; for a group's obstacle, its facilitators too, who follow it up.
 */
async function decisionRecipients(tx: Tx, item: EscalationItem): Promise<Map<string, Because>> {
  const recipients = new Map<string, Because>();
  if (await isPerson(tx, item.raisedBy)) recipients.set(item.raisedBy, 'raisedIt');
  const slug = groupSlugOf(item.source.processId);
  if (slug !== null) {
    for (const facilitator of await holdersOf(tx, 'group', slug, ['facilitator']))
      if (!recipients.has(facilitator)) recipients.set(facilitator, 'facilitator');
  } else if (recipients.size === 0) {
    const programmeId =
      item.source.programmeId ?? (await processFacts(tx, item.source.processId))?.programmeId ?? null;
    const leader = programmeId === null ? null : await projectLeaderOf(tx, programmeId);
    if (leader !== null) recipients.set(leader, 'projectLeader');
  }
  return recipients;
}

/**
 * The e-mail an escalation's snapshot causes, in the transaction that writes it: a notice to each member of the
 * table that received it (once per table, whatever snapshots follow), and the decision back once it is answered.
 */
export async function queueEscalationMail(tx: Tx, item: EscalationItem): Promise<void> {
  const process = await processFacts(tx, item.source.processId);
  const origin = { source: item.source, processTitle: process?.title ?? null };
  const timeZone = process?.timeZone ?? 'Europe/Amsterdam';
  if (item.status === 'open' || item.status === 'overdue') {
    const raisedFrom = item.history.filter((hop) => hop.raisedAt !== null).at(-1)?.table ?? null;
    for (const member of await holdersOf(tx, 'table', item.table, ['chair', 'member'])) {
      await queueMessage(tx, 'escalationNotice', {
        cause: `${item.table}/${item.id}#${member}`,
        recipient: member,
        payload: {
          ...origin,
          table: item.table,
          tableName: defaultTableName(item.table),
          escalationId: item.id,
          text: item.text,
          why: item.why,
          dueAt: item.dueAt,
          timeZone,
          raisedFrom,
        },
      });
    }
  }
  const { decision } = item;
  if (item.status === 'answered' && decision) {
    const decidedByName = await nameOf(tx, decision.decidedBy);
    for (const [recipient, because] of await decisionRecipients(tx, item)) {
      await queueMessage(tx, 'escalationDecision', {
        cause: `${item.id}@${decision.decidedAt}#${recipient}`,
        recipient,
        payload: {
          ...origin,
          tableName: defaultTableName(decision.table),
          text: item.text,
          outcome: decision.outcome,
          answer: decision.text,
          decidedByName,
          decidedAt: decision.decidedAt,
          timeZone,
          because,
        },
      });
    }
  }
}
