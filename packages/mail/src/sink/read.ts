import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';

/** A message the sink kept, as a person's mail client would show it. */
export interface SinkMessage {
  /** Its file in the sink's folder. */
  file: string;
  receivedAt: string;
  messageId: string | null;
  from: string;
  to: string;
  subject: string;
  /** The Date header. */
  date: string | null;
  text: string;
  /** The HTML part; null for a message without one. */
  html: string | null;
  /** Its header lines as sent, by lower-case name (the last of a repeated one): `list-unsubscribe`, … */
  headers: Record<string, string>;
}

/** Addresses as a mail client shows them: `Bram Jansen <bram@example.org>`. */
const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((header) => header.value)
    .map(({ name, address }) => (name ? `${name} <${address ?? ''}>` : (address ?? '')))
    .join(', ');

/** Parses one kept message with mailparser, as a mail client reads it. */
export async function readSinkMessage(path: string): Promise<SinkMessage> {
  const [raw, info] = await Promise.all([readFile(path), stat(path)]);
  const parsed = await simpleParser(raw);
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) headers[key] = line.slice(line.indexOf(':') + 1).trim();
  return {
    file: path.slice(path.lastIndexOf('/') + 1),
    receivedAt: info.mtime.toISOString(),
    messageId: parsed.messageId ?? null,
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    date: parsed.date?.toISOString() ?? null,
    text: parsed.text ?? '',
    html: parsed.html === false || parsed.html === undefined ? null : parsed.html,
    headers,
  };
}

/** Every message in the sink's folder, newest first; none when the folder is not there (yet). */
export async function readSink(folder: string, limit = Infinity): Promise<SinkMessage[]> {
  const files = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  // The names start with the moment received, so they sort by it.
  const newest = files
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(newest.map((name) => readSinkMessage(join(folder, name))));
}
