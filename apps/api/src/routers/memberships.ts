import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { grantMembership, membershipsIn, revokeMembership } from '@leercyclus/db';
import { personIdSchema, personSchema, scopedMembershipSchema, type Membership } from '@leercyclus/domain';
import type { Target } from '../access/grants.js';
import { requirePeople } from '../access/namedPeople.js';
import type { Context } from '../context.js';
import { runRecord } from '../record/recordErrors.js';
import { feedTableMembers } from '../temporal/tableMembers.js';
import { auditAs } from '../audit/trail.js';
import { procedureIn } from '../trpc.js';

/** The scope a membership is in; the installation has no target, only its administrator acts on it. */
function targetOf(scope: Pick<Membership, 'scope' | 'scopeId'>): Target[] {
  return scope.scope === 'installation' ? [] : [{ scope: scope.scope, id: scope.scopeId }];
}

/**
 * Who manages memberships: the administrator, any scope; a programme's project leader, the memberships of their
 * programme and of its groups.
 */
const managers = { installation: ['administrator'], programme: ['projectLeader'] } as const;

const scopeRefSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('programme'), scopeId: z.string().trim().min(1) }),
  z.object({ scope: z.literal('table'), scopeId: z.string().trim().min(1) }),
  z.object({ scope: z.literal('group'), scopeId: z.string().trim().min(1) }),
  z.object({ scope: z.literal('installation'), scopeId: z.literal('installation') }),
]);
const changeSchema = z.object({ personId: personIdSchema, membership: scopedMembershipSchema });

/** A table's workflow takes its member list from the memberships: it follows each change. */
async function afterChange(ctx: Context, membership: Membership): Promise<void> {
  if (membership.scope === 'table') await feedTableMembers(ctx.temporal, ctx.db, membership.scopeId);
}

/** The roles people hold per scope (programme, management table, group, installation). */
export const membershipsRouter = {
  /** Who holds which roles in one scope, by name. */
  list: procedureIn({ scope: 'programme', grants: managers, input: scopeRefSchema, from: targetOf })
    .meta(
      auditAs<z.output<typeof scopeRefSchema>>('read', 'memberships', {
        recordId: ({ input }) => `${input.scope}:${input.scopeId}`,
      }),
    )
    .output(z.array(z.object({ person: personSchema, roles: z.array(z.string()) })))
    .query(({ ctx, input }) => membershipsIn(ctx.db, input.scope, input.scopeId)),

  /** Gives an active person a role in a scope; granting what they already hold changes nothing. Audited. */
  grant: procedureIn({
    scope: 'programme',
    grants: managers,
    input: changeSchema,
    from: (input) => targetOf(input.membership),
  })
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await requirePeople(ctx.db, [['personId', input.personId]]);
      await runRecord(() => grantMembership(ctx.db, ctx.actor, input.personId, input.membership));
      await afterChange(ctx, input.membership);
      return { ok: true as const };
    }),

  /** Takes a role away (never the last active administrator's). Audited. */
  revoke: procedureIn({
    scope: 'programme',
    grants: managers,
    input: changeSchema,
    from: (input) => targetOf(input.membership),
  })
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await runRecord(() => revokeMembership(ctx.db, ctx.actor, input.personId, input.membership));
      await afterChange(ctx, input.membership);
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
