import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/** An SMTP reply the sink refuses with, as a real server would: 550 for an unknown mailbox, 451 for "later". */
export interface SinkRefusal {
  code: number;
  message: string;
}

export interface MailSinkOptions {
  /** Where each message received is kept, as an `.eml` file. */
  folder: string;
  /** 127.0.0.1 unless told otherwise: a sink is for this machine. */
  host?: string;
  /** A free port unless told. */
  port?: number;
  /**
   * How long (ms) the sink waits, once a message's data is in and kept, before it answers: a send still in
   * flight that a drill can kill a worker during, as a real server may keep a message its client never hears of.
   */
  answerDelay?(delivery: { number: number; to: string[] }): number;
  /** Refuses a recipient (RCPT TO), e.g. 550 for an unknown one; null accepts it. */
  refuseRecipient?(address: string): SinkRefusal | null;
  /** Refuses the nth message's data (counting from 1, refused ones too); null accepts it. */
  refuseData?(delivery: { number: number; to: string[] }): SinkRefusal | null;
  /** A message's data has come in and is kept; the answer follows after `answerDelay`. */
  onReceived?(delivery: { number: number; to: string[]; file: string }): void;
}

export interface MailSink {
  /** What SMTP_URL is set to for the worker to send here: `smtp://127.0.0.1:<port>`. */
  url: string;
  port: number;
  folder: string;
  close(): Promise<void>;
}

function refusal({ code, message }: SinkRefusal): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * A local SMTP server that delivers nothing: it keeps every message it accepts in `folder`, for the panel's
 * "Verzonden berichten" page and the tests to read. The real protocol on loopback, no TLS and no sign-in.
 */
export async function startMailSink(options: MailSinkOptions): Promise<MailSink> {
  mkdirSync(options.folder, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'Leercyclus mail sink: nothing is delivered',
    logger: false,
    size: 25 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const refused = options.refuseRecipient?.(address.address);
      callback(refused ? refusal(refused) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        received += 1;
        const delivery = { number: received, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) };
        const refused = options.refuseData?.(delivery);
        if (refused) return callback(refusal(refused));
        const file = join(
          options.folder,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(received).padStart(5, '0')}.eml`,
        );
        writeFileSync(file, Buffer.concat(chunks));
        options.onReceived?.({ ...delivery, file });
        const answer = () => callback(null, `Kept as ${file.slice(file.lastIndexOf('/') + 1)}`);
        const delay = options.answerDelay?.(delivery) ?? 0;
        if (delay > 0) setTimeout(answer, delay);
        else answer();
      });
    },
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${host}:${port}`,
    port,
    folder: options.folder,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
