import { describe, expect, it } from 'vitest';
import type { Membership } from '@leercyclus/domain';
import { allows, scopesAllowing } from './access';

const as = (...memberships: Membership[]) => ({ memberships });
const leaderOfA = as({ scope: 'programme', scopeId: 'prog-a', role: 'projectLeader' });

describe('what the panel offers a person, per scope', () => {
  it('offers a programme’s launch only to its project leader, and the wizard to whoever leads one', () => {
    expect(allows(leaderOfA, 'cycles.launch', { programme: 'prog-a' })).toBe(true);
    expect(allows(leaderOfA, 'cycles.launch', { programme: 'prog-b' })).toBe(false);
    expect(allows(leaderOfA, 'cycles.launch')).toBe(true);
    const participant = as({ scope: 'programme', scopeId: 'prog-a', role: 'participant' });
    expect(allows(participant, 'cycles.launch', { programme: 'prog-a' })).toBe(false);
    expect(allows(participant, 'cycles.launch')).toBe(false);
  });

  it('lets a group’s facilitator act on that group, and the programme’s monitor on its groups', () => {
    const facilitator = as({ scope: 'group', scopeId: 'groep-a', role: 'facilitator' });
    expect(allows(facilitator, 'groups.advance', { group: 'groep-a', programme: 'prog-a' })).toBe(true);
    expect(allows(facilitator, 'groups.advance', { group: 'groep-b', programme: 'prog-a' })).toBe(false);
    const monitor = as({ scope: 'programme', scopeId: 'prog-a', role: 'monitor' });
    expect(allows(monitor, 'groups.advance', { group: 'groep-b', programme: 'prog-a' })).toBe(true);
    expect(allows(monitor, 'groups.advance', { group: 'groep-b', programme: null })).toBe(false);
  });

  it('answers escalations only at the tables one sits on', () => {
    const member = as({ scope: 'table', scopeId: 'tafel-a', role: 'member' });
    expect(allows(member, 'escalations.respond', { table: 'tafel-a' })).toBe(true);
    expect(allows(member, 'escalations.respond', { table: 'tafel-b' })).toBe(false);
    expect(allows(leaderOfA, 'escalations.inbox')).toBe(false);
  });

  it('shows the Mensen page to the administrator, who needs no membership of any programme for it', () => {
    const administrator = as({ scope: 'installation', scopeId: 'installation', role: 'administrator' });
    expect(allows(administrator, 'people.list')).toBe(true);
    expect(allows(leaderOfA, 'people.list')).toBe(false);
    expect(allows(administrator, 'cycles.launch')).toBe(false);
  });

  it('lists the programmes a person may launch in', () => {
    const person = as(
      { scope: 'programme', scopeId: 'prog-a', role: 'projectLeader' },
      { scope: 'programme', scopeId: 'prog-a', role: 'coordinator' },
      { scope: 'programme', scopeId: 'prog-b', role: 'monitor' },
      { scope: 'programme', scopeId: 'prog-c', role: 'projectLeader' },
    );
    expect(scopesAllowing(person, 'cycles.launch', 'programme').sort()).toEqual(['prog-a', 'prog-c']);
  });
});
