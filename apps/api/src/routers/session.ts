import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { developmentUsers, roleSchema } from '@leercyclus/domain';
import { publicProcedure } from '../trpc.js';

const userSchema = z.object({ id: z.string(), name: z.string(), roles: z.array(roleSchema) });

/** The development sign-in: who can be picked, and who is signed in now. */
export const sessionRouter = {
  users: publicProcedure.output(z.array(userSchema)).query(() => [...developmentUsers]),
  me: publicProcedure.output(userSchema.nullable()).query(({ ctx }) => ctx.user),
} satisfies TRPCRouterRecord;
