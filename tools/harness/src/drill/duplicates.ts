import { cycleWorkflowId } from '@leercyclus/domain';
import { parts, users } from '../system/apiClient.js';
import { launchInput } from '../system/launches.js';
import { sleep } from '../system/stats.js';
import { planCommands, sendCommand, type DrillCommand } from './commands.js';
import type { Drill, DrillOutcome } from './drill.js';
import { describeVerification, strayAppliedEvents, verifyCycles } from './verify.js';

const programmeId = 'drill-twice';

/** What a command answered, reduced to what must be equal when it was taken once. */
function answerKey(command: DrillCommand, answer: unknown): string {
  if (command.kind === 'addQuestion') return `question ${(answer as { number: number }).number}`;
  const occurrence = answer as { id: string; status: string; record?: { recordedAt: string } | null };
  return `${occurrence.id} ${occurrence.status} ${occurrence.record?.recordedAt ?? ''}`;
}

/**
 * The same launch, and the same command, sent twice at the same moment (a double click, a client retrying while
 * the first is still on its way): one workflow per launch request id, one effect per command request id — and a
 * third copy sent after the first two were answered changes nothing either.
 */
export const duplicatesDrill: Drill = {
  number: 5,
  name: 'the same launch and the same command sent twice at once',
  async run(context): Promise<DrillOutcome> {
    const { system, record } = context;
    const leader = system.as(users.leader);
    const pairs = context.quick ? 4 : 10;
    const problems: string[] = [];

    const refs = Array.from({ length: pairs }, (_, i) => ({ programmeId, number: i + 1 }));
    await system.grant(parts({ programmes: [programmeId] }));
    for (const ref of refs) {
      const input = launchInput(ref, `${programmeId}-launch-${ref.number}`, { overdue: true });
      const launch = () => leader.cycles.launch.mutate(input);
      const [first, second] = await Promise.all([launch(), launch()]);
      const third = await launch();
      if (new Set([first.workflowId, second.workflowId, third.workflowId]).size !== 1) {
        problems.push(`launch ${input.requestId} answered with different workflows`);
      }
    }
    // Visibility is eventually consistent: give it a moment, then count every run of each workflow id.
    await sleep(2000);
    let runs = 0;
    for (const ref of refs) {
      const id = cycleWorkflowId(ref.programmeId, ref.number);
      const n = (await system.client.workflow.count(`WorkflowId = "${id}"`)).count;
      runs += n;
      if (n !== 1) problems.push(`${id} has ${n} runs`);
    }
    const [processRows] = await record.rows<{ n: number }>(
      `select count(*)::int as n from processes where programme_id = $1`,
      [programmeId],
    );

    const { commands, expectations } = await planCommands(system, refs, 2, programmeId);
    const sent = commands.slice(0, context.quick ? 24 : commands.length);
    const kept = new Set(sent.map((command) => command.requestId));
    for (const expectation of expectations) {
      for (const [text, requestId] of expectation.questions)
        if (!kept.has(requestId)) expectation.questions.delete(text);
      for (const [id, held] of expectation.held) if (!kept.has(held.requestId)) expectation.held.delete(id);
    }
    let differing = 0;
    for (let i = 0; i < sent.length; i += 4) {
      await Promise.all(
        sent.slice(i, i + 4).map(async (command) => {
          const send = () => sendCommand(system, command, AbortSignal.timeout(30_000));
          const [a, b] = await Promise.all([send(), send()]);
          const c = await send();
          if (new Set([answerKey(command, a), answerKey(command, b), answerKey(command, c)]).size !== 1) {
            differing += 1;
            problems.push(`${command.requestId} answered differently to its copies`);
          }
        }),
      );
    }

    const verification = await verifyCycles(context, expectations);
    problems.push(...verification.problems);
    const stray = await strayAppliedEvents(context);
    if (stray.length > 0) problems.push(`applied_events holds ids of no process: ${stray.join(', ')}`);
    if (processRows?.n !== pairs)
      problems.push(`the record holds ${processRows?.n} cycles for ${pairs} launches`);
    return {
      injected: `${pairs} launches and ${sent.length} commands (questions, session records), each sent twice at once and once more after`,
      found: [
        `${runs} workflow runs for ${pairs} launch request ids; ${processRows?.n ?? 0} cycle rows in the record`,
        `${sent.length - differing}/${sent.length} commands answered the same to all three copies`,
        describeVerification(verification),
      ],
      problems,
    };
  },
};
