import { z } from 'zod';
import { safeTextSchema } from './agenda.js';

export const partnerKinds = [
  'youthCareProvider',
  'primaryEducation',
  'secondaryEducation',
  'specialEducation',
  'socialBase',
  'childcare',
  'certifiedInstitution',
  'police',
  'municipality',
  'other',
] as const;
export const partnerKindSchema = z.enum(partnerKinds);
export type PartnerKind = (typeof partnerKinds)[number];

/** How close an organisation works with the district teams: the core, the flexible shell around it, or outside. */
export const partnerRings = ['core', 'flexibleShell', 'outer'] as const;
export const partnerRingSchema = z.enum(partnerRings);
export type PartnerRing = (typeof partnerRings)[number];

/** The contract of `partners.upsert`: an organisation is known by its name. */
export const partnerUpsertInputSchema = z.object({
  name: safeTextSchema(120),
  kind: partnerKindSchema,
  ring: partnerRingSchema,
});
export type PartnerUpsertInput = z.output<typeof partnerUpsertInputSchema>;

export const partnerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: partnerKindSchema,
  ring: partnerRingSchema,
  /** Held occurrences whose attendance lists this organisation. */
  occurrencesAttended: z.number().int(),
  lastAttendedOn: z.string().nullable(),
});
export type Partner = z.infer<typeof partnerSchema>;
