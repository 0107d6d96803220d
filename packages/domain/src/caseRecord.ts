import { z } from 'zod';
import { safeTextSchema } from './agenda.js';
import { caseCloseReasons, counterfactualCareAmounts, counterfactualCares } from './avoidedCost.js';
import { isoDateSchema } from './calendar.js';
import { caseCodeSchema } from './cases.js';
import { programmeIdSchema } from './cycleLaunch.js';
import { districtNameSchema } from './programmeRecord.js';
import { uniqueList } from './uniqueList.js';

export const ageGroups = ['0-3', '4-11', '12-15', '16-17', '18-23'] as const;
export const caseNovelties = ['new', 'existing'] as const;
export const caseThemes = [
  'separationConflict',
  'safety',
  'school',
  'parenting',
  'mentalHealth',
  'development',
  'addiction',
  'financesOrHousing',
  'other',
] as const;
/** The steps of the programme's method done on the case. */
export const methodSteps = ['genogram', 'systemogram', 'impactfulEvents', 'fiveHypotheses'] as const;
/** What was done instead of the counterfactual care. */
export const doneInsteadOptions = [
  'ownEffortSwt',
  'swtWithPsychologist',
  'socialBase',
  'partnerOrganisation',
  'schoolSupport',
  'referral',
  /** The parents pay for help themselves. */
  'parentsPayThemselves',
  /** The family doctor referred the child. */
  'gpReferral',
  'other',
] as const;

export const counterfactualSchema = z
  .object({
    care: z.enum(counterfactualCares),
    /** Overrides the standard amount of the care; required for `other`. */
    amountEur: z.number().int().min(0).max(500_000).optional(),
  })
  .refine((value) => value.amountEur !== undefined || counterfactualCareAmounts[value.care] !== null, {
    error: 'state the amount in euros for this care',
    path: ['amountEur'],
  });

/** Who brought the case in: an organisation and a role, never a person's name. */
export const broughtInBySchema = z.object({ organisation: safeTextSchema(120), role: safeTextSchema(80) });

const caseKey = { programmeId: programmeIdSchema, code: caseCodeSchema };
const caseFields = {
  district: districtNameSchema,
  novelty: z.enum(caseNovelties),
  ageGroup: z.enum(ageGroups),
  themes: uniqueList(z.enum(caseThemes), caseThemes.length).min(1, { error: 'name at least one theme' }),
  broughtInBy: broughtInBySchema,
  methodSteps: uniqueList(z.enum(methodSteps), methodSteps.length),
  counterfactual: counterfactualSchema,
  doneInstead: uniqueList(z.enum(doneInsteadOptions), doneInsteadOptions.length),
  notes: safeTextSchema(2000).nullable(),
};

/** The contract of `cases.register`. */
export const caseRegisterInputSchema = z.object({
  ...caseKey,
  ...caseFields,
  methodSteps: caseFields.methodSteps.default([]),
  doneInstead: caseFields.doneInstead.default([]),
  notes: caseFields.notes.default(null),
});
export type CaseRegisterInput = z.output<typeof caseRegisterInputSchema>;

/** The contract of `cases.update`: the fields given replace the recorded ones. */
export const caseUpdateInputSchema = z
  .object(caseFields)
  .partial()
  .extend(caseKey)
  .refine((input) => Object.keys(input).some((key) => !(key in caseKey)), {
    error: 'name at least one field to change',
  });
export type CaseUpdateInput = z.output<typeof caseUpdateInputSchema>;

/** The contract of `cases.close`. */
export const caseCloseInputSchema = z.object({
  ...caseKey,
  reason: z.enum(caseCloseReasons),
  closedOn: isoDateSchema,
  note: safeTextSchema(2000).nullable().default(null),
  /** What was done instead of the counterfactual care, as it stands at closing; replaces the recorded list. */
  doneInstead: caseFields.doneInstead.optional(),
});
export type CaseCloseInput = z.output<typeof caseCloseInputSchema>;

/** The contract of `cases.erase`: a case erased on request (AVG article 17). */
export const caseEraseInputSchema = z.object(caseKey);
export type CaseEraseInput = z.output<typeof caseEraseInputSchema>;

/** What an erasure removed besides the case itself: its links to sessions, and the texts it was named in. */
export const caseErasureSchema = z.object({
  sessionLinks: z.number().int(),
  texts: z.number().int(),
});
export type CaseErasure = z.infer<typeof caseErasureSchema>;

export const caseRecordSchema = z.object({
  programmeId: z.string(),
  code: z.string(),
  district: z.string(),
  novelty: z.enum(caseNovelties),
  ageGroup: z.enum(ageGroups),
  themes: z.array(z.enum(caseThemes)),
  broughtInBy: z.object({ organisation: z.string(), role: z.string() }),
  methodSteps: z.array(z.enum(methodSteps)),
  counterfactual: z.object({ care: z.enum(counterfactualCares), amountEur: z.number().int() }),
  doneInstead: z.array(z.enum(doneInsteadOptions)),
  notes: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  closed: z
    .object({ reason: z.enum(caseCloseReasons), on: z.string(), note: z.string().nullable() })
    .nullable(),
  registeredAt: z.string(),
  registeredBy: z.string(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** The contract of `cases.list`: a programme's cases, narrowed by what is given. */
export const caseListInputSchema = z.object({
  programmeId: programmeIdSchema,
  district: districtNameSchema.optional(),
  status: z.enum(['open', 'closed']).optional(),
  ageGroup: z.enum(ageGroups).optional(),
  novelty: z.enum(caseNovelties).optional(),
});
export type CaseListInput = z.output<typeof caseListInputSchema>;

export const caseStatsInputSchema = z.object({
  programmeId: programmeIdSchema,
  district: districtNameSchema.optional(),
});

const counts = z.record(z.string(), z.number().int());
export const caseStatsSchema = z.object({
  programmeId: z.string(),
  cases: z.number().int(),
  byDistrict: counts,
  byAgeGroup: counts,
  byNovelty: counts,
  byStatus: counts,
  avoidedCost: z.object({
    perCase: z.array(z.object({ code: z.string(), avoidedEur: z.number().int() })),
    totalEur: z.number().int(),
    closedCases: z.number().int(),
    perClosedCaseEur: z.number().int(),
  }),
});
export type CaseStats = z.infer<typeof caseStatsSchema>;
