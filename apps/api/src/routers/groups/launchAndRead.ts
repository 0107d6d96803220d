import { TRPCError } from '@trpc/server';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { z } from 'zod';
import {
  groupLaunchInputSchema,
  groupListItemSchema,
  groupStateSchema,
  groupWorkflowId,
  normalizeGroupLaunch,
  processStatusSchema,
  programmeIdSchema,
  programmeOfCycle,
  scopesWhere,
  type CycleQuestionLink,
  type GroupListItem,
} from '@leercyclus/domain';
import {
  actionLearningGroupStartOptions,
  cycleStateQuery,
  groupStateQuery,
  type GroupMemo,
} from '@leercyclus/workflows';
import { listGroups, obstaclesOf, recordedGroupQuestion } from '@leercyclus/db';
import { queryProcess } from '../../temporal/queryProcess.js';
import { programme } from '../../access/grants.js';
import { requirePeople } from '../../access/namedPeople.js';
import { perProgramme } from '../../access/visible.js';
import { auditAs } from '../../audit/trail.js';
import { listedFor, procedureIn } from '../../trpc.js';
import { groupRefSchema } from './commands.js';
import { grantGroupMembership } from './memberships.js';

/** The cycle question a group takes up must be on that cycle's agenda (running or closed). */
async function checkCycleQuestion(temporal: Client, link: CycleQuestionLink): Promise<void> {
  const state = await queryProcess(
    temporal,
    link.cycleId,
    cycleStateQuery,
    () =>
      new TRPCError({
        code: 'NOT_FOUND',
        message: `fromCycleQuestion.cycleId: there is no cycle ${link.cycleId}.`,
      }),
  );
  if (!state.questions.some((question) => question.number === link.questionNumber)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `fromCycleQuestion.questionNumber: question ${link.questionNumber} is not on the agenda of ${link.cycleId}.`,
    });
  }
}

function notFound(slug: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `There is no group ${slug}.` });
}

/** A group's own people, and everyone in its programme. */
const groupReaders = {
  group: ['facilitator', 'member'],
  programme: ['projectLeader', 'coordinator', 'monitor', 'participant'],
} as const;

/** Newest first, as the record lists them. */
const newestFirst = (a: GroupListItem, b: GroupListItem) =>
  b.startedAt.localeCompare(a.startedAt) || b.workflowId.localeCompare(a.workflowId);

export const launchAndRead = {
  /**
   * Starts a group's workflow. Its id comes from its slug, so a slug is never used twice; a repeated request id
   * returns the group it started rather than starting another. A group of a programme is launched by its project
   * leader; one outside any programme by a project leader of any. Its facilitator and members who are people
   * become the group's members.
   */
  launch: procedureIn({
    scope: 'programme',
    grants: { programme: ['projectLeader'] },
    input: groupLaunchInputSchema,
    from: (input, ctx) => {
      const programmeId =
        input.programmeId ?? (input.fromCycleQuestion && programmeOfCycle(input.fromCycleQuestion.cycleId));
      return programmeId ?? scopesWhere(ctx.signedIn, 'programme', ['projectLeader']).map(programme);
    },
  })
    .meta(
      auditAs<unknown, { workflowId: string }>('create', 'group', {
        recordId: ({ answer }) => answer.workflowId,
      }),
    )
    .output(z.object({ workflowId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await requirePeople(ctx.db, [
        ['facilitator', input.facilitator],
        ...input.members.map((member, i) => [`members.${i}.userId`, member.userId] as const),
        ...(input.checkpoints ?? []).map(
          (checkpoint, i) => [`checkpoints.${i}.owner`, checkpoint.owner] as const,
        ),
      ]);
      if (input.fromCycleQuestion) await checkCycleQuestion(ctx.temporal, input.fromCycleQuestion);
      const launch = normalizeGroupLaunch(input, { launchedBy: ctx.signedIn.person.id });
      const workflowId = groupWorkflowId(launch.slug);
      try {
        await ctx.temporal.workflow.start(
          'actionLearningGroup',
          actionLearningGroupStartOptions(launch, input.requestId),
        );
      } catch (error) {
        // A completed group with this slug: the memo check below tells a repeated request from a conflict.
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
      const memo: GroupMemo = (await ctx.temporal.workflow.getHandle(workflowId).describe()).memo ?? {};
      if (memo.requestId !== input.requestId) {
        // The question comes from the record: the memo holds ids only.
        const question = await recordedGroupQuestion(ctx.db, workflowId);
        throw new TRPCError({
          code: 'CONFLICT',
          message: `Group ${launch.slug} already exists (${workflowId}${question === null ? '' : `, "${question}"`}); choose another slug.`,
        });
      }
      for (const member of [
        { userId: launch.facilitator, role: 'facilitator' as const },
        ...launch.members,
      ]) {
        await grantGroupMembership(ctx.db, ctx.actor, launch.slug, member);
      }
      return { workflowId };
    }),

  get: procedureIn({
    scope: 'group',
    grants: groupReaders,
    input: groupRefSchema,
    from: (input) => input.slug,
  })
    .meta(
      auditAs<z.output<typeof groupRefSchema>>('read', 'group', {
        recordId: ({ input }) => groupWorkflowId(input.slug),
      }),
    )
    .output(groupStateSchema)
    .query(async ({ ctx, input }) => {
      const groupId = groupWorkflowId(input.slug);
      const state = await queryProcess(ctx.temporal, groupId, groupStateQuery, () => notFound(input.slug));
      if (state.status === 'running') return state;
      // A completed group's obstacles as the record keeps them: a table's decision that came after it completed
      // lands there. (Its members, iterations and meetings are not in the record yet: Temporal must hold it.)
      const recorded = new Map(
        (await obstaclesOf(ctx.db, groupId)).map((obstacle) => [obstacle.id, obstacle]),
      );
      return {
        ...state,
        obstacles: state.obstacles.map((obstacle) => recorded.get(obstacle.id) ?? obstacle),
      };
    }),

  /** Groups from the record, newest first: those of the person's programmes, and those they are members of. */
  list: listedFor(groupReaders)
    .input(
      z
        .object({
          programmeId: programmeIdSchema.optional(),
          status: processStatusSchema.optional(),
          limit: z.number().int().min(1).max(1000).default(200),
        })
        .default({ limit: 200 }),
    )
    .output(z.array(groupListItemSchema))
    .query(async ({ ctx, input }) => {
      const ofProgrammes = await perProgramme(
        ctx.visible,
        input.programmeId,
        (programmeId) => listGroups(ctx.db, { ...input, programmeId }),
        newestFirst,
        input.limit,
      );
      // Groups the person is a member of, outside their programmes: few, read from the newest of all groups.
      const elsewhere = ctx.visible.groups.filter((slug) => !ofProgrammes.some((g) => g.slug === slug));
      const joined =
        elsewhere.length === 0
          ? []
          : (await listGroups(ctx.db, { ...input, limit: 1000 })).filter(
              (g) =>
                elsewhere.includes(g.slug) &&
                (input.programmeId === undefined || g.programmeId === input.programmeId),
            );
      return [...ofProgrammes, ...joined].sort(newestFirst).slice(0, input.limit);
    }),
};
