import { mailDeliveryScheduleId } from '@leercyclus/workflows';
import { sleep } from '../system/stats.js';
import { launchDrillCycles } from './commands.js';
import type { Drill, DrillOutcome } from './drill.js';

const programmeId = 'drill-mail';

/** The promise's value, or undefined once the time is up. */
function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, sleep(ms).then(() => undefined)]);
}

/** Polls the record until `check` gives a row, or the time is up. */
async function polled<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined || Date.now() > deadline) return found;
    await sleep(250);
  }
}

interface MessageRow {
  id: string;
  state: string;
  attempts: number;
  message_id: string | null;
}

/**
 * A worker killed while the mail server holds its message: the server keeps the message but has not answered
 * when the worker dies. The send is retried by another worker with the same Message-ID, so the recipient gets it
 * at most twice, recognisably the same message, and the record says sent once the second attempt is answered.
 */
export const mailDuplicateDrill: Drill = {
  number: 6,
  name: 'worker killed (SIGKILL) mid-send of an e-mail, restarted',
  async run(context): Promise<DrillOutcome> {
    const { system, record } = context;
    const problems: string[] = [];
    // The sink keeps each message at once and answers 20 s later: the worker dies in between.
    system.mailSink.delayAnswers(20_000);
    const link = `/cycles/${programmeId}/1?`;
    const kept = withinMs(
      system.mailSink.nextKept((message) => message.text.includes(link)),
      120_000,
    );
    const [ref] = await launchDrillCycles(system, programmeId, 1);
    const queued = await polled(async () => {
      const rows = await record.rows<MessageRow>(
        `select id, state, attempts, message_id from messages where id like $1`,
        [`checkpointReminder:cycle/${ref!.programmeId}/${ref!.number}#%`],
      );
      return rows[0];
    }, 60_000);
    if (!queued) {
      system.mailSink.delayAnswers(0);
      return {
        injected: '(no reminder was queued)',
        found: [],
        problems: ['the overdue reminder never reached the record'],
      };
    }
    context.progress(`reminder ${queued.id} queued; sending it now`);
    // Now rather than at the next minute; a run already busy sends it just the same.
    await system.client.schedule.getHandle(mailDeliveryScheduleId).trigger();
    const first = await kept;
    if (!first) {
      system.mailSink.delayAnswers(0);
      return {
        injected: '(nothing was sent)',
        found: [],
        problems: ['the reminder was not sent within 120 s'],
      };
    }
    const pid = system.workerPid();
    await system.killWorker('SIGKILL');
    context.progress(`the sink kept the message, its answer 20 s away: worker ${pid} killed`);
    system.mailSink.delayAnswers(0);
    const restarted = performance.now();
    await system.startWorker();
    const sent = await polled(async () => {
      const [row] = await record.rows<MessageRow>(
        `select id, state, attempts, message_id from messages where id = $1`,
        [queued.id],
      );
      return row?.state === 'sent' ? row : undefined;
    }, 120_000);
    const seconds = ((performance.now() - restarted) / 1000).toFixed(1);

    const copies = (await system.mailSink.received()).filter((message) => message.text.includes(link));
    const messageIds = [...new Set(copies.map((message) => message.messageId))];
    if (!sent) problems.push('the record does not say sent 120 s after the restart');
    if (copies.length < 1 || copies.length > 2) problems.push(`the sink holds ${copies.length} copies`);
    if (messageIds.length !== 1 || messageIds[0] !== (sent?.message_id ?? first.messageId))
      problems.push(`the copies carry Message-IDs ${messageIds.join(', ')}, the record ${sent?.message_id}`);
    return {
      injected: `SIGKILL to worker ${pid} while the sink held the message unanswered; new worker ${system.workerPid()}`,
      found: [
        `${copies.length} ${copies.length === 1 ? 'copy' : 'copies'} received, with Message-ID ${messageIds.join(', ')}`,
        sent
          ? `the record says sent after ${sent.attempts} attempts, ${seconds} s after the restart`
          : 'the record never said sent',
      ],
      problems,
    };
  },
};
