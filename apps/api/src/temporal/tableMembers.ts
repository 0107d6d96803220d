import { TRPCError } from '@trpc/server';
import type { Client } from '@temporalio/client';
import { grantMembership, membershipsIn, type Actor, type Db } from '@leercyclus/db';
import { tableWorkflowId } from '@leercyclus/domain';
import { configureTableSignal } from '@leercyclus/workflows';
import { tableState } from './tableState.js';

/** The people holding a membership (chair or member) of the table, as the record keeps them. */
async function peopleOfTable(db: Db, slug: string): Promise<string[]> {
  return [...new Set((await membershipsIn(db, 'table', slug)).map((m) => m.person.id))].sort();
}

/**
 * Makes the people a table's configuration names members of the table (those already chair or member stay as
 * they are), and answers everyone who sits on it now: the member list its workflow reminds and accepts answers
 * from. Leaving a table is revoking the membership (`memberships.revoke`).
 */
export async function tableMemberIds(db: Db, actor: Actor, slug: string, named: readonly string[]) {
  const sitting = await peopleOfTable(db, slug);
  for (const personId of named.filter((id) => !sitting.includes(id))) {
    await grantMembership(db, actor, personId, { scope: 'table', scopeId: slug, role: 'member' });
  }
  return [...new Set([...sitting, ...named])].sort();
}

/** After a table's memberships changed, its running workflow gets its member list from them again. */
export async function feedTableMembers(temporal: Client, db: Db, slug: string): Promise<void> {
  const state = await tableState(temporal, slug).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!state) return;
  const members = await peopleOfTable(db, slug);
  if (members.join() === [...state.config.members].sort().join()) return;
  await temporal.workflow
    .getHandle(tableWorkflowId(slug))
    .signal(configureTableSignal, { ...state.config, members });
}
