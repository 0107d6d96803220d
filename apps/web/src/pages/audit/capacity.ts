import type { Membership } from '@leercyclus/domain';

/**
 * The roles an audit entry's "on behalf of" names, as the API writes them (`coordinator@programme:proeftuin`,
 * `administrator@installation`, comma-separated); what it cannot read is left out.
 */
export function capacityMemberships(onBehalfOf: string | null): Membership[] {
  if (!onBehalfOf) return [];
  return onBehalfOf.split(', ').flatMap((part): Membership[] => {
    const match = /^([^@]+)@(installation|programme|table|group)(?::(.+))?$/.exec(part);
    if (!match) return [];
    const [, role, scope, scopeId] = match;
    if (scope === 'installation') return [{ scope, scopeId: 'installation', role } as Membership];
    return scopeId === undefined ? [] : [{ scope, scopeId, role } as Membership];
  });
}
