import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  createProgramme,
  getProgramme,
  grantMembership,
  listProgrammes,
  updateProgramme,
} from '@leercyclus/db';
import {
  holds,
  programmeCreateInputSchema,
  programmeIdSchema,
  programmeSchema,
  programmeUpdateInputSchema,
} from '@leercyclus/domain';
import { requirePeople } from '../access/namedPeople.js';
import { runRecord } from '../record/recordErrors.js';
import { listedFor, procedureIn, procedureSomewhere } from '../trpc.js';

/** Everyone in a programme sees it; an administrator sees them all, to grant their memberships. */
const programmeReaders = {
  programme: ['projectLeader', 'coordinator', 'monitor', 'participant'],
  installation: ['administrator'],
} as const;

export const programmesRouter = {
  /** The programmes the person belongs to. */
  list: listedFor(programmeReaders)
    .output(z.array(programmeSchema))
    .query(async ({ ctx }) =>
      (await listProgrammes(ctx.db)).filter((p) => ctx.visible.all || ctx.visible.programmes.includes(p.id)),
    ),

  get: procedureIn({
    scope: 'programme',
    grants: programmeReaders,
    input: z.object({ id: programmeIdSchema }),
    from: (input) => input.id,
  })
    .output(programmeSchema)
    .query(({ ctx, input }) => runRecord(() => getProgramme(ctx.db, input.id))),

  /**
   * Registers a programme, its districts and its agenda categories (the default list unless given). An
   * administrator or a project leader of another programme sets it up; the project leader it names, and the
   * project leader who created it, become its project leaders (an administrator only grants, and stays out).
   */
  create: procedureSomewhere({ installation: ['administrator'], programme: ['projectLeader'] })
    .input(programmeCreateInputSchema)
    .output(programmeSchema)
    .mutation(async ({ ctx, input }) => {
      await requirePeople(ctx.db, [['projectLeader', input.projectLeader]]);
      const created = await runRecord(() => createProgramme(ctx.db, ctx.actor, input));
      const creator = ctx.signedIn.person.id;
      const leaders = new Set([input.projectLeader]);
      if (!holds(ctx.signedIn, 'installation', 'installation', ['administrator'])) leaders.add(creator);
      for (const personId of leaders) {
        await grantMembership(ctx.db, ctx.actor, personId, {
          scope: 'programme',
          scopeId: created.id,
          role: 'projectLeader',
        });
      }
      return created;
    }),

  /**
   * Changes a programme's name, districts (added, never removed), categories (renames kept), management table or
   * project leader; its project leaders do. A new project leader also gets the role in the programme.
   */
  update: procedureIn({
    scope: 'programme',
    grants: { programme: ['projectLeader'] },
    input: programmeUpdateInputSchema,
    from: (input) => input.id,
  })
    .output(programmeSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.projectLeader) await requirePeople(ctx.db, [['projectLeader', input.projectLeader]]);
      const updated = await runRecord(() => updateProgramme(ctx.db, ctx.actor, input));
      if (input.projectLeader) {
        await grantMembership(ctx.db, ctx.actor, input.projectLeader, {
          scope: 'programme',
          scopeId: updated.id,
          role: 'projectLeader',
        });
      }
      return updated;
    }),
} satisfies TRPCRouterRecord;
