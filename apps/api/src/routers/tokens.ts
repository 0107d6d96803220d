import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '@leercyclus/db';
import { personIdSchema, safeTextSchema } from '@leercyclus/domain';
import { runRecord } from '../record/recordErrors.js';
import { administratorProcedure, signedInProcedure } from '../trpc.js';

const tokenSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const tokenRefSchema = z.object({ tokenId: z.string().trim().min(1).max(100) });

/**
 * Personal API tokens for scripts and integrations: each signs in as its person, with that person's
 * memberships. Everyone manages their own; an administrator may see and revoke anyone's.
 */
export const tokensRouter = {
  list: signedInProcedure
    .output(z.array(tokenSummarySchema))
    .query(({ ctx }) => listApiTokens(ctx.db, ctx.signedIn.person.id)),

  /** A new token, shown this once: the record keeps only its hash. */
  create: signedInProcedure
    .input(
      z.object({
        name: safeTextSchema(80, 1, 'a token needs a name'),
        days: z.number().int().min(1).max(366).default(90),
      }),
    )
    .output(z.object({ id: z.string(), token: z.string() }))
    .mutation(({ ctx, input }) => {
      // A leaked token must not be able to mint more: new tokens come from a signed-in session.
      if (ctx.signedIn.via === 'token') {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: 'A token cannot create tokens; create it in the panel (Tokens) or on the command line.',
        });
      }
      return runRecord(() => createApiToken(ctx.db, ctx.actor, ctx.signedIn.person.id, input));
    }),

  revoke: signedInProcedure
    .input(tokenRefSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await runRecord(() => revokeApiToken(ctx.db, ctx.actor, ctx.signedIn.person.id, input.tokenId));
      return { ok: true as const };
    }),

  /** Someone else's tokens, for an administrator. */
  listFor: administratorProcedure
    .input(z.object({ personId: personIdSchema }))
    .output(z.array(tokenSummarySchema))
    .query(({ ctx, input }) => listApiTokens(ctx.db, input.personId)),

  /** Ends someone else's token: a lost laptop, a person who left. */
  revokeFor: administratorProcedure
    .input(tokenRefSchema.extend({ personId: personIdSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await runRecord(() => revokeApiToken(ctx.db, ctx.actor, input.personId, input.tokenId));
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
