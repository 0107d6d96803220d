/**
 * The tRPC server of the API, in three parts: the context every call gets, the initialisation (error shape,
 * meta), and the router and procedure builders the routers in `routers/` are written with.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import type { Role } from '@leercyclus/domain';
import type { IncomingHttpHeaders } from 'node:http';
import { resolveUser, userHeader, type ApiDependencies, type Context } from './context.js';
import { fieldErrorsOf } from './fieldErrors.js';
import type { InFlight } from './inFlight.js';
import { reportUnreachable } from './unreachable.js';

/**
 * 1. CONTEXT
 *
 * Every call gets the API's dependencies (Temporal, the record, the clock) and the user its request signs in as.
 */
export function createTRPCContext(
  dependencies: ApiDependencies,
  headers: IncomingHttpHeaders,
  inFlight: InFlight,
): Context {
  return { ...dependencies, user: resolveUser(headers[userHeader]), inFlight };
}

/** Who may call a procedure: the roles, or `public`. */
export interface ProcedureMeta {
  roles: readonly Role[] | 'public';
}

/**
 * 2. INITIALIZATION
 *
 * A refused input carries its field errors (`data.fieldErrors`), so the panel shows each beside its field.
 */
const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    // Stack traces stay in the server log, never in a response.
    isDev: false,
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error.cause);
      if (!fieldErrors) return shape;
      return {
        ...shape,
        message: fieldErrors.map((f) => `${f.path || 'input'}: ${f.message}`).join('; '),
        data: { ...shape.data, fieldErrors },
      };
    },
  });

/**
 * 3. ROUTER & PROCEDURE
 *
 * Each file in `routers/` is one plain object of procedures (`satisfies TRPCRouterRecord`); `root.ts` lists them.
 */
export const createTRPCRouter = t.router;
/** Calls a router's procedures in-process, through the same input checks and role checks as a client's call. */
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure: tracked until it has finished, whether or not its client still listens; a failure because the
 * record or Temporal is away is reported as such.
 */
const procedure = t.procedure.use(async ({ ctx, next }) => {
  const result = await ctx.inFlight.track(next());
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') throw reportUnreachable(result.error);
  return result;
});

/** Anyone may call it, signed in or not. */
export const publicProcedure = procedure.meta({ roles: 'public' });

/**
 * A procedure callable only by users holding one of the given roles; every procedure of the API is built with
 * this or is explicitly public, so the roles that may call it are stated where it is defined.
 */
export function procedureFor(...allowed: [Role, ...Role[]]) {
  return procedure.meta({ roles: allowed }).use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
    if (!ctx.user.roles.some((role) => allowed.includes(role))) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `This needs one of the roles ${allowed.join(', ')}; ${ctx.user.name} has ${ctx.user.roles.join(', ')}.`,
      });
    }
    return next({ ctx: { ...ctx, user: ctx.user } });
  });
}
