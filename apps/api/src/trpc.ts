/**
 * The tRPC server of the API: the initialisation (error shape, meta), and the router and procedure builders the
 * routers in `routers/` are written with. Every procedure states, as its metadata, who may call it and the scope
 * it acts on (`access/grants.ts`); the access matrix test reads that metadata and tries every role on it.
 */
import { initTRPC } from '@trpc/server';
import type { z } from 'zod';
import type { Actor } from '@leercyclus/db';
import type { InstallationRole, Membership, ScopeKind, SignedIn } from '@leercyclus/domain';
import type { Context } from './context.js';
import {
  capacityOf,
  grantingIn,
  grantingSomewhere,
  type Access,
  type Grants,
  type ProcedureMeta,
  type Target,
} from './access/grants.js';
import { refuse, signInFirst } from './access/refusal.js';
import { withGroupProgrammes } from './access/targets.js';
import { visibleTo } from './access/visible.js';
import { correlationIdOf, internalErrorMessage } from './failures/correlation.js';
import { recordCall, type CallTrail } from './audit/trail.js';
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
 * Metadata is given in parts (the builder states the access, a procedure its audit), which tRPC merges.
 */
const t = initTRPC
  .context<Context>()
  .meta<Partial<ProcedureMeta>>()
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
 * record or Temporal is away is reported as such. Each call (each of a batch too) leaves its audit entry when its
 * procedure is audited or it was refused (`audit/trail.ts`); the middlewares after this one fill in its trail.
 */
const procedure = t.procedure
  .use(async ({ ctx, next }) => {
    const result = await ctx.inFlight.track(next());
    if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') throw reportUnreachable(result.error);
    return result;
  })
  .use(async ({ ctx, meta, path, next }) => {
    const trail: CallTrail = {};
    const result = await next({ ctx: { trail } });
    await recordCall(ctx.db, ctx.origin, path, meta?.audit, trail, result);
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
  return guarded(access).use(({ ctx, next }) => {
    const caller = callerOf(ctx.signedIn, ctx.origin);
    ctx.trail.actor = caller.actor;
    return next({ ctx: caller });
  });
}

/**
 * Lets a call through in the capacity the memberships give it, which its actor (for what it writes) and its
 * audit entry name as "on behalf of"; with the validated input the entry may be drawn from.
 */
function letThrough(ctx: Caller & { trail: CallTrail }, granting: Membership[], input?: unknown) {
  const actor = { ...ctx.actor, onBehalfOf: capacityOf(granting) };
  ctx.trail.actor = actor;
  if (input !== undefined) ctx.trail.input = input;
  return { ctx: { actor } };
}

/**
 * For a procedure whose `.input()` follows its access check (an installation's or a list's): hands the validated
 * input to the call's audit entry. Its context has the trail the first middleware gave it, as every call's has.
 */
export const auditedInput = t.middleware(({ ctx, input, next }) => {
  (ctx as Context & { trail: CallTrail }).trail.input = input;
  return next();
});

/** Any signed-in person, about themselves: their session, their own tokens. */
export const signedInProcedure = signedInWith({ kind: 'signedIn' });

/** A role of the installation itself, which needs no membership of any programme, table or group. */
function installationProcedure(roles: readonly InstallationRole[]) {
  const grants: Grants = { installation: roles };
  return signedInWith({ kind: 'scoped', scope: 'installation', grants }).use(async ({ ctx, path, next }) => {
    const granting = grantingIn(ctx.signedIn, grants, []);
    if (granting.length === 0) throw await refuse(ctx.db, ctx, path, grants, []);
    return next(letThrough(ctx, granting));
  });
}

/** The installation's administrator: people, memberships, management tables. */
export const administratorProcedure = installationProcedure(['administrator']);

/** The data-protection officer: the audit trail, who saw and changed what (NEN 7513). */
export const dataProtectionProcedure = installationProcedure(['dataProtectionOfficer']);

/**
 * A role held in some scope of its kind, wherever: creating a programme needs a project leader of any programme
 * (or an administrator), as the new programme has no members yet.
 */
export function procedureSomewhere(grants: Grants) {
  return signedInWith({ kind: 'somewhere', grants }).use(async ({ ctx, path, next }) => {
    const granting = grantingSomewhere(ctx.signedIn, grants);
    if (granting.length === 0) throw await refuse(ctx.db, ctx, path, grants, []);
    return next(letThrough(ctx, granting));
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
      const granting = grantingIn(ctx.signedIn, grants, targets);
      if (granting.length === 0) throw await refuse(ctx.db, ctx, path, grants, targets);
      return next(letThrough(ctx, granting, input));
    });
}

/**
 * A list any signed-in person may ask for, answering only what the scopes where they hold one of `grants`' roles
 * show (`ctx.visible`); the procedure filters by it.
 */
export function listedFor(grants: Grants) {
  return signedInWith({ kind: 'listed', grants }).use(({ ctx, next }) => {
    const { ctx: allowed } = letThrough(ctx, grantingSomewhere(ctx.signedIn, grants));
    return next({ ctx: { ...allowed, visible: visibleTo(ctx.signedIn, grants) } });
  });
}
