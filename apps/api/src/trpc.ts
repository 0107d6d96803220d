/**
 * The tRPC server of the API: the initialisation (error shape, meta), and the router and procedure builders the
 * routers in `routers/` are written with. Every procedure states, as its metadata, who may call it and the scope
 * it acts on (`access/grants.ts`); the access matrix test reads that metadata and tries every role on it.
 */
import { initTRPC } from '@trpc/server';
import type { z } from 'zod';
import type { Actor } from '@leercyclus/db';
import type { ScopeKind, SignedIn } from '@leercyclus/domain';
import type { Context } from './context.js';
import {
  allowedIn,
  heldSomewhere,
  type Access,
  type Grants,
  type ProcedureMeta,
  type Target,
} from './access/grants.js';
import { refuse, signInFirst } from './access/refusal.js';
import { withGroupProgrammes } from './access/targets.js';
import { visibleTo } from './access/visible.js';
import { correlationIdOf, internalErrorMessage } from './failures/correlation.js';
import { fieldErrorsOf } from './fieldErrors.js';
import { retryAfterOf } from './limits/throttled.js';
import { reportUnreachable } from './unreachable.js';

export type { ProcedureMeta } from './access/grants.js';

/**
 * INITIALIZATION
 *
 * A refused input carries its field errors (`data.fieldErrors`), so the panel shows each beside its field; an
 * internal error only a correlation id (`data.correlationId`); a throttled call how long to wait
 * (`data.retryAfterSeconds`).
 */
const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    // Stack traces stay in the server log, never in a response.
    isDev: false,
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error.cause);
      if (fieldErrors) {
        return {
          ...shape,
          message: fieldErrors.map((f) => `${f.path || 'input'}: ${f.message}`).join('; '),
          data: { ...shape.data, fieldErrors },
        };
      }
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        // Nothing of the error itself (SQL, Temporal's text): the log has it under this id.
        const correlationId = correlationIdOf(error);
        return {
          ...shape,
          message: internalErrorMessage(correlationId),
          data: { ...shape.data, correlationId },
        };
      }
      const retryAfterSeconds = retryAfterOf([error]);
      if (retryAfterSeconds !== undefined) return { ...shape, data: { ...shape.data, retryAfterSeconds } };
      return shape;
    },
  });

/**
 * ROUTER & PROCEDURE
 *
 * Each file in `routers/` is one plain object of procedures (`satisfies TRPCRouterRecord`); `root.ts` lists them.
 */
export const createTRPCRouter = t.router;
/** Calls a router's procedures in-process, through the same input checks and access checks as a client's call. */
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

/** What a procedure that passed its access check knows of its caller. */
export interface Caller {
  signedIn: SignedIn;
  /** Who the record's audit log names for what the call writes. */
  actor: Actor;
}

function callerOf(signedIn: SignedIn | null, origin: Context['origin']): Caller {
  if (!signedIn) throw signInFirst();
  return { signedIn, actor: { userId: signedIn.person.id, origin } };
}

function guarded(access: Access) {
  return procedure.meta({ access });
}

/** Anyone may call it, signed in or not. */
export const publicProcedure = guarded({ kind: 'public' });

/** A signed-in person, before anything else: a call without one is refused whatever its input. */
function signedInWith(access: Access) {
  return guarded(access).use(({ ctx, next }) => next({ ctx: callerOf(ctx.signedIn, ctx.origin) }));
}

/** Any signed-in person, about themselves: their session, their own tokens. */
export const signedInProcedure = signedInWith({ kind: 'signedIn' });

/** The installation's administrator: people, memberships, management tables. */
export const administratorProcedure = signedInWith({
  kind: 'scoped',
  scope: 'installation',
  grants: { installation: ['administrator'] },
}).use(async ({ ctx, path, next }) => {
  const grants = { installation: ['administrator'] } as const;
  if (!allowedIn(ctx.signedIn, grants, [])) throw await refuse(ctx.db, ctx.signedIn, path, grants, []);
  return next();
});

/**
 * A role held in some scope of its kind, wherever: creating a programme needs a project leader of any programme
 * (or an administrator), as the new programme has no members yet.
 */
export function procedureSomewhere(grants: Grants) {
  return signedInWith({ kind: 'somewhere', grants }).use(async ({ ctx, path, next }) => {
    if (!heldSomewhere(ctx.signedIn, grants)) throw await refuse(ctx.db, ctx.signedIn, path, grants, []);
    return next();
  });
}

/** Where a call acts: ids of the procedure's scope kind, or targets of any kind. */
type Located = string | Target | readonly (string | Target)[];

/**
 * A procedure that acts on a scope the input names (a programme, a table, a group): the caller needs one of
 * `grants`' roles there. `from` reads the scope from the validated input (an id of `scope`, or targets of other
 * kinds as well, e.g. the programme an escalation came from). A group is also reached through its programme.
 */
export function procedureIn<S extends z.ZodType>(options: {
  scope: Exclude<ScopeKind, 'installation'>;
  grants: Grants;
  input: S;
  from: (input: z.output<S>, ctx: Context & Caller) => Located | Promise<Located>;
}) {
  const { scope, grants, input, from } = options;
  return signedInWith({ kind: 'scoped', scope, grants })
    .input(input)
    .use(async ({ ctx, input, path, next }) => {
      const located = await from(input as z.output<S>, ctx);
      const targets = await withGroupProgrammes(
        ctx.temporal,
        (Array.isArray(located) ? located : [located]).map((target: string | Target) =>
          typeof target === 'string' ? { scope, id: target } : target,
        ),
      );
      if (!allowedIn(ctx.signedIn, grants, targets)) {
        throw await refuse(ctx.db, ctx.signedIn, path, grants, targets);
      }
      return next();
    });
}

/**
 * A list any signed-in person may ask for, answering only what the scopes where they hold one of `grants`' roles
 * show (`ctx.visible`); the procedure filters by it.
 */
export function listedFor(grants: Grants) {
  return signedInWith({ kind: 'listed', grants }).use(({ ctx, next }) =>
    next({ ctx: { visible: visibleTo(ctx.signedIn, grants) } }),
  );
}
