import { describe, expect, it } from 'vitest';
import type { EscalationSource } from '@leercyclus/domain';
import { cycleRefOf, groupSlugOf, sourcePathOf } from './source';

const base = { programmeId: null, questionNumber: null, checkpointId: null, obstacleId: null };

describe('where an escalation came from', () => {
  it('links a cycle question to the cycle page, programme codes with dashes included', () => {
    const source: EscalationSource = {
      ...base,
      kind: 'cycleQuestion',
      processId: 'cycle/proeftuin-west-zuid/12',
      questionNumber: 3,
    };
    expect(cycleRefOf(source)).toEqual({ programmeId: 'proeftuin-west-zuid', number: 12 });
    expect(sourcePathOf(source)).toBe('/cycles/proeftuin-west-zuid/12?tab=escalations');
  });

  it('links a group obstacle to the group page', () => {
    const source: EscalationSource = {
      ...base,
      kind: 'groupObstacle',
      processId: 'group/flexibele-schil',
      obstacleId: 'o1',
    };
    expect(cycleRefOf(source)).toBeNull();
    expect(groupSlugOf(source)).toBe('flexibele-schil');
    expect(sourcePathOf(source)).toBe('/groups/flexibele-schil');
  });

  it('links nothing for a process id it does not know', () => {
    expect(sourcePathOf({ ...base, kind: 'cycleQuestion', processId: 'table/mt-jeugd' })).toBeNull();
  });
});
