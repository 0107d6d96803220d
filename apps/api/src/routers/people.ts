import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  createPerson,
  findPerson,
  listPeople,
  membershipsIn,
  membershipsOf,
  RecordError,
  setPassword,
  updatePerson,
  type Db,
} from '@leercyclus/db';
import {
  holds,
  personIdSchema,
  personSchema,
  scopedMembershipSchema,
  scopesWhere,
  type Person,
  type SignedIn,
} from '@leercyclus/domain';
import type { Context } from '../context.js';
import { runRecord } from '../record/recordErrors.js';
import { auditAs } from '../audit/trail.js';
import { administratorProcedure, signedInProcedure } from '../trpc.js';

const personInputSchema = personSchema.extend({
  /** Without one the person gets a generated id (`p-…`). */
  id: personIdSchema.optional(),
  active: z.boolean().default(true),
});
const personPatchSchema = personSchema
  .pick({ name: true, email: true, organisation: true, active: true })
  .partial()
  .extend({ id: personIdSchema });
const personRefSchema = z.object({ id: personIdSchema });
const personNameSchema = z.object({ id: z.string(), name: z.string(), active: z.boolean() });

async function personOrNotFound(db: Db, id: string) {
  const person = await findPerson(db, id);
  if (!person) throw new RecordError('notFound', `There is no person ${id}.`, 'id');
  return person;
}

/**
 * Whose names a person sees: everyone for an administrator and for project leaders (who set up programmes,
 * tables and groups and pick their people), and for the data-protection officer (who reads everyone's actions in
 * the audit trail); otherwise the people they share a programme, table or group with.
 */
async function visiblePeopleIds(ctx: Context, signedIn: SignedIn): Promise<Set<string> | 'all'> {
  if (holds(signedIn, 'installation', 'installation', ['administrator', 'dataProtectionOfficer']))
    return 'all';
  if (scopesWhere(signedIn, 'programme', ['projectLeader']).length > 0) return 'all';
  const ids = new Set([signedIn.person.id]);
  for (const m of signedIn.memberships) {
    if (m.scope === 'installation') continue;
    for (const held of await membershipsIn(ctx.db, m.scope, m.scopeId)) ids.add(held.person.id);
  }
  return ids;
}

/** The people of the installation: managed by its administrator ("Mensen" in the panel). */
export const peopleRouter = {
  /** Everyone, active or not, by name. */
  list: administratorProcedure
    .meta(
      auditAs<unknown, Person[]>('read', 'person', {
        recordId: () => 'all',
        details: ({ answer }) => ({ people: answer.length }),
      }),
    )
    .output(z.array(personSchema))
    .query(({ ctx }) => listPeople(ctx.db)),

  /** One person with every membership they hold. */
  get: administratorProcedure
    .meta(
      auditAs<unknown, { person: Person }>('read', 'person', { recordId: ({ answer }) => answer.person.id }),
    )
    .input(personRefSchema)
    .output(z.object({ person: personSchema, memberships: z.array(scopedMembershipSchema) }))
    .query(({ ctx, input }) =>
      runRecord(async () => ({
        person: await personOrNotFound(ctx.db, input.id),
        memberships: await membershipsOf(ctx.db, input.id),
      })),
    ),

  create: administratorProcedure
    .input(personInputSchema)
    .output(personSchema)
    .mutation(({ ctx, input }) => runRecord(() => createPerson(ctx.db, ctx.actor, input))),

  /** Changes a person's name, e-mail address, organisation, or whether they are active. */
  update: administratorProcedure
    .input(personPatchSchema)
    .output(personSchema)
    .mutation(({ ctx, input }) => {
      const { id, ...patch } = input;
      return runRecord(() => updatePerson(ctx.db, ctx.actor, id, patch));
    }),

  /**
   * A person who no longer takes part: they cannot sign in (sessions and tokens stop working), what they did
   * keeps their name, and they can be made active again.
   */
  deactivate: administratorProcedure
    .input(personRefSchema)
    .output(personSchema)
    .mutation(({ ctx, input }) =>
      runRecord(() => updatePerson(ctx.db, ctx.actor, input.id, { active: false })),
    ),

  /**
   * Sets a new password for local sign-in (a reset by the administrator, who passes it on); a lock on the
   * person's address after failed sign-ins is lifted with it. Audited, the password itself never.
   */
  setPassword: administratorProcedure
    .input(z.object({ id: personIdSchema, password: z.string() }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await runRecord(() => setPassword(ctx.db, ctx.actor, input.id, input.password));
      return { ok: true as const };
    }),

  /** The names of the people the signed-in person may see, so the panel shows names where the record has ids. */
  names: signedInProcedure.output(z.array(personNameSchema)).query(async ({ ctx }) => {
    const visible = await visiblePeopleIds(ctx, ctx.signedIn);
    return (await listPeople(ctx.db))
      .filter((person) => visible === 'all' || visible.has(person.id))
      .map(({ id, name, active }) => ({ id, name, active }));
  }),
} satisfies TRPCRouterRecord;
