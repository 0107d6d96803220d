import { describe, expect, it } from 'vitest';
import { programmeIdSchema } from '@leercyclus/domain';
import { programmeCodeOf } from './programmeCode';

describe('a programme code from its name', () => {
  it('is lower case with dashes, without accents, and a valid programme code', () => {
    expect(programmeCodeOf('Proeftuin samenspel in de wijk')).toBe('proeftuin-samenspel-in-de-wijk');
    expect(programmeCodeOf('  Leergemeenschap Gezonde Relaties — 2027! ')).toBe(
      'leergemeenschap-gezonde-relaties-2027',
    );
    expect(programmeCodeOf('Coöperatie Één')).toBe('cooperatie-een');
    expect(programmeIdSchema.safeParse(programmeCodeOf('Proeftuin samenspel in de wijk')).success).toBe(true);
  });

  it('is empty for a name without letters or digits, so the form names the field', () => {
    expect(programmeCodeOf('—')).toBe('');
  });
});
