import { describe, expect, it } from 'vitest';
import { capacityMemberships } from './capacity';

describe('capacityMemberships', () => {
  it('reads each role the API named, in its scope', () => {
    expect(capacityMemberships('monitor@programme:proeftuin, administrator@installation')).toEqual([
      { scope: 'programme', scopeId: 'proeftuin', role: 'monitor' },
      { scope: 'installation', scopeId: 'installation', role: 'administrator' },
    ]);
  });

  it('names nothing for an entry without a capacity, and skips what it cannot read', () => {
    expect(capacityMemberships(null)).toEqual([]);
    expect(capacityMemberships('iets anders, chair@table:mt-jeugd')).toEqual([
      { scope: 'table', scopeId: 'mt-jeugd', role: 'chair' },
    ]);
  });
});
