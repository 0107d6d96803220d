import { z } from 'zod';
import { safeTextSchema } from './agenda.js';
import { caseCodeSchema } from './cases.js';

const count = z.number().int().min(0).max(500);

/** What happened at a held occurrence: who came, which cases, which questions (by agenda number). */
export const sessionRecordSchema = z.object({
  attendance: z.object({
    swtProfessionals: count,
    partnerProfessionals: count,
    parentsOrGuardians: count,
  }),
  /** Names of the partner organisations present. */
  organisations: z.array(safeTextSchema(120)).max(100).default([]),
  caseCodes: z
    .array(caseCodeSchema)
    .max(50)
    .default([])
    .refine((codes) => new Set(codes).size === codes.length, { error: 'each case code once' }),
  /** Agenda numbers of the questions raised or discussed. */
  questionNumbers: z.array(z.number().int().positive()).max(100).default([]),
  notes: safeTextSchema(4000, 0).default(''),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const recordedSessionSchema = sessionRecordSchema.extend({
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type RecordedSession = z.infer<typeof recordedSessionSchema>;
