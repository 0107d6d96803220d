import { join } from 'node:path';
import {
  readSink,
  readSinkMessage,
  startMailSink,
  type MailSink,
  type SinkMessage,
} from '@leercyclus/mail/sink';

/** The system's mail server: a local SMTP sink the worker sends to, which a drill can slow down and watch. */
export interface SystemMailSink {
  /** The SMTP_URL the worker sends to. */
  url: string;
  /** Where it keeps what it receives (the API's MAIL_SINK_DIR). */
  folder: string;
  /** What it kept, newest first. */
  received(): Promise<SinkMessage[]>;
  /** From now on, answer each message this long after its data is in and kept (0: at once). */
  delayAnswers(ms: number): void;
  /** Resolves with the next message kept that `matches`, as a mail client reads it, while its answer may still wait. */
  nextKept(matches: (message: SinkMessage) => boolean): Promise<SinkMessage>;
  close(): Promise<void>;
}

export async function startSystemMailSink(dataDir: string): Promise<SystemMailSink> {
  let delay = 0;
  const waiters: { matches: (message: SinkMessage) => boolean; resolve: (message: SinkMessage) => void }[] =
    [];
  const folder = join(dataDir, 'mail');
  const sink: MailSink = await startMailSink({
    folder,
    answerDelay: () => delay,
    onReceived: ({ file }) => {
      if (waiters.length === 0) return;
      void readSinkMessage(file).then((message) => {
        for (const waiter of waiters.filter((candidate) => candidate.matches(message))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      });
    },
  });
  return {
    url: sink.url,
    folder,
    received: () => readSink(folder),
    delayAnswers: (ms) => {
      delay = ms;
    },
    nextKept: (matches) => new Promise((resolve) => waiters.push({ matches, resolve })),
    close: () => sink.close(),
  };
}
