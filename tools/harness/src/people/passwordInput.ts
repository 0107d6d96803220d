import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { UsageError } from './commands.js';

/** Where readline's echo of the typed password goes: nowhere. */
const noEcho = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
});

async function askSilently(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const reader = createInterface({ input: process.stdin, output: noEcho, terminal: true });
  try {
    const cancelled = new Promise<never>((_, reject) =>
      reader.once('SIGINT', () => reject(new UsageError('cancelled'))),
    );
    return await Promise.race([reader.question(''), cancelled]);
  } finally {
    reader.close();
    process.stderr.write('\n');
  }
}

/**
 * A new password: typed twice at a terminal without echo, or the first line of stdin when it is a pipe (for
 * scripts). Never an argument, which would stay in the shell's history and the process list.
 */
export async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const password = await askSilently('new password: ');
    if ((await askSilently('again: ')) !== password) throw new UsageError('the two passwords differ');
    return password;
  }
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}
