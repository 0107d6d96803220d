import { describe, expect, it } from 'vitest';
import { caseCloseInputSchema, caseRegisterInputSchema, caseUpdateInputSchema } from './caseRecord.js';
import { partnerUpsertInputSchema } from './partners.js';
import { programmeCreateInputSchema } from './programmeRecord.js';
import { defaultQuestionCategories } from './agenda.js';

const aCase = {
  programmeId: 'proeftuin',
  code: 'W-2026-014',
  district: 'West',
  novelty: 'new',
  ageGroup: '4-11',
  themes: ['separationConflict', 'school'],
  broughtInBy: { organisation: 'Basisschool De Wilg', role: 'intern begeleider' },
  counterfactual: { care: 'youthMentalHealthCare' },
};

/** The issues of a refused input as `path: message`. */
function refusal(
  schema: {
    safeParse(input: unknown): {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  input: unknown,
): string[] {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('case records hold no personal data', () => {
  it('accepts a pseudonymised case and fills in the defaults', () => {
    expect(caseRegisterInputSchema.parse(aCase)).toMatchObject({
      methodSteps: [],
      doneInstead: [],
      notes: null,
    });
  });

  it.each([
    ['a date of birth', 'geboren 12-03-2015, woont bij moeder', /date of birth/],
    ['a BSN', 'BSN 111222333 bekend bij de gemeente', /BSN/],
    ['an e-mail address', 'contact via ouder@example.nl', /e-mail/],
  ])('refuses %s in the notes, naming the field and the reason', (_what, notes, reason) => {
    const issues = refusal(caseRegisterInputSchema, { ...aCase, notes });
    expect(issues).toEqual([expect.stringMatching(/^notes: /)]);
    expect(issues[0]).toMatch(reason);
  });

  it('refuses personal data in who brought the case in', () => {
    expect(
      refusal(caseRegisterInputSchema, {
        ...aCase,
        broughtInBy: { organisation: 'SWT West', role: 'j.jansen@swt.nl' },
      }),
    ).toEqual(['broughtInBy.role: contains an e-mail address; record no personal data']);
  });

  it('refuses a case code that is a birth date or a BSN', () => {
    expect(refusal(caseRegisterInputSchema, { ...aCase, code: '2015-03-12' })).toContain(
      'code: a case code may not be a date of birth',
    );
    expect(refusal(caseRegisterInputSchema, { ...aCase, code: '111222333' })[0]).toMatch(/^code: .*BSN/);
  });

  it('refuses personal data on update and close too', () => {
    expect(
      refusal(caseUpdateInputSchema, { programmeId: 'proeftuin', code: 'W-1', notes: 'BSN 111222333' })[0],
    ).toMatch(/^notes: .*BSN/);
    expect(
      refusal(caseCloseInputSchema, {
        programmeId: 'proeftuin',
        code: 'W-1',
        reason: 'goalsReached',
        closedOn: '2026-03-01',
        note: 'geboren 1 maart 2014',
      })[0],
    ).toMatch(/^note: .*date of birth/);
  });

  it('asks for the amount of counterfactual care that has no standard amount', () => {
    expect(refusal(caseRegisterInputSchema, { ...aCase, counterfactual: { care: 'other' } })).toEqual([
      'counterfactual.amountEur: state the amount in euros for this care',
    ]);
  });

  it('asks an update for at least one field, and each theme once', () => {
    expect(refusal(caseUpdateInputSchema, { programmeId: 'proeftuin', code: 'W-1' })).toEqual([
      ': name at least one field to change',
    ]);
    expect(refusal(caseRegisterInputSchema, { ...aCase, themes: ['school', 'school'] })).toEqual([
      'themes: each item once',
    ]);
  });
});

describe('reference inputs', () => {
  it('seeds a programme with the default agenda categories', () => {
    const programme = programmeCreateInputSchema.parse({
      id: 'proeftuin',
      name: 'Proeftuin samenspel in de wijk',
      projectLeader: 'anna.projectleider',
      districts: ['West', 'Zuid'],
      managementTable: 'mt-jeugd',
    });
    expect(programme.questionCategories).toEqual([...defaultQuestionCategories]);
  });

  it('refuses an unknown partner kind and ring, naming the fields', () => {
    expect(
      refusal(partnerUpsertInputSchema, { name: 'Politie', kind: 'army', ring: 'inner' }).map(
        (issue) => issue.split(':')[0],
      ),
    ).toEqual(['kind', 'ring']);
  });
});
