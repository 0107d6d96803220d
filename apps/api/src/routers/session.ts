import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { listPeople, membershipsOf } from '@leercyclus/db';
import { personSchema, scopedMembershipSchema } from '@leercyclus/domain';
import { publicProcedure } from '../trpc.js';

const sessionSchema = z.object({
  person: personSchema,
  memberships: z.array(scopedMembershipSchema),
  via: z.enum(['session', 'token', 'development']),
  mode: z.enum(['oidc', 'local', 'development']),
});

const pickablePersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  memberships: z.array(scopedMembershipSchema),
});

/** Who is signed in, and in development sign-in who can be picked. */
export const sessionRouter = {
  /** The signed-in person with their memberships and how they signed in; null when nobody is. */
  me: publicProcedure
    .output(sessionSchema.nullable())
    .query(({ ctx }) => (ctx.signedIn ? { ...ctx.signedIn, mode: ctx.auth.mode } : null)),

  /** Development sign-in only: the active people to pick from, with what they hold, for the panel's picker. */
  people: publicProcedure.output(z.array(pickablePersonSchema)).query(async ({ ctx }) => {
    if (ctx.auth.mode !== 'development') {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'People are picked only in development sign-in.' });
    }
    const active = (await listPeople(ctx.db)).filter((person) => person.active);
    return Promise.all(
      active.map(async ({ id, name, organisation }) => ({
        id,
        name,
        organisation,
        memberships: await membershipsOf(ctx.db, id),
      })),
    );
  }),
} satisfies TRPCRouterRecord;
