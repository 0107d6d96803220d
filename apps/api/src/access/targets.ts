import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { listProgrammes, type Db } from '@leercyclus/db';
import { groupWorkflowId } from '@leercyclus/domain';
import { searchAttributes } from '@leercyclus/workflows';
import { group, programme, type Target } from './grants.js';

/**
 * The programme a group belongs to (null for a group outside any programme, or one Temporal does not know), from
 * the search attribute it was started with: right after its launch, before the record has it.
 */
export async function groupProgramme(temporal: Client, slug: string): Promise<string | null> {
  try {
    const description = await temporal.workflow.getHandle(groupWorkflowId(slug)).describe();
    return description.typedSearchAttributes.get(searchAttributes.programmeId) ?? null;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return null;
    throw error;
  }
}

/** A group is also reached through its programme: its project leader or monitor acts on it as on a cycle. */
export async function withGroupProgrammes(temporal: Client, targets: readonly Target[]): Promise<Target[]> {
  const expanded = await Promise.all(
    targets.map(async (target) => {
      if (target.scope !== 'group') return [target];
      const programmeId = await groupProgramme(temporal, target.id);
      return programmeId === null ? [target] : [target, programme(programmeId)];
    }),
  );
  return expanded.flat();
}

/** The programmes whose escalations go to this management table. */
export async function programmesEscalatingTo(db: Db, tableSlug: string): Promise<string[]> {
  return (await listProgrammes(db)).filter((p) => p.managementTable === tableSlug).map((p) => p.id);
}

/**
 * The cycle's programme or the group an escalation came from, read from its id: a source builds it from its own
 * workflow id (`cycle/<programme>/<n>@<run>/question-3@…`, `group/<slug>@<run>/obstacle-1@…`).
 */
export function escalationSource(escalationId: string): Target | null {
  const match = /^(cycle|group)\/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)[/@]/.exec(escalationId);
  if (!match) return null;
  return match[1] === 'cycle' ? programme(match[2]!) : group(match[2]!);
}
