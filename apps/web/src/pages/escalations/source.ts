import type { EscalationSource } from '@leercyclus/domain';
import { cyclePath, groupPath } from '../paths';

/** Workflow ids as packages/domain makes them: `cycle/<programme>/<number>` and `group/<slug>`. */
const cycleIdPattern = /^cycle\/(.+)\/(\d+)$/;
const groupIdPattern = /^group\/(.+)$/;

/** The cycle an escalation came from, or null when a group raised it. */
export function cycleRefOf(source: EscalationSource): { programmeId: string; number: number } | null {
  const match = cycleIdPattern.exec(source.processId);
  return match ? { programmeId: match[1]!, number: Number(match[2]) } : null;
}

/** The group an escalation came from, or null when a cycle raised it. */
export function groupSlugOf(source: EscalationSource): string | null {
  return groupIdPattern.exec(source.processId)?.[1] ?? null;
}

/** The page of the process that raised it: a cycle's escalations tab, or the group's page. */
export function sourcePathOf(source: EscalationSource): string | null {
  const ref = cycleRefOf(source);
  if (ref) return `${cyclePath(ref.programmeId, ref.number)}?tab=escalations`;
  const slug = groupSlugOf(source);
  return slug ? groupPath(slug) : null;
}
