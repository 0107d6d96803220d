import { messageKinds, type MessageKindName, type PayloadOf } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { messages } from '../schema/index.js';

/** A message's id: its kind and its cause, so one cause is mailed once. */
export function messageIdOf(kind: MessageKindName, cause: string): string {
  return `${kind}:${cause}`;
}

export interface MessageToQueue<K extends MessageKindName> {
  /** What caused it, unique within its kind: a reminder's record id, a person's digest of a day. */
  cause: string;
  /** The person it is for. */
  recipient: string;
  payload: PayloadOf<K>;
}

/**
 * Queues a message in the caller's transaction, the one that records its cause: both commit or neither does,
 * and a cause queued again (a retried write) changes nothing. Its subject and whether it is mandatory are fixed
 * now, from its kind; it says the rest when it is sent. Returns the message's id.
 */
export async function queueMessage<K extends MessageKindName>(
  q: Queryable,
  kind: K,
  message: MessageToQueue<K>,
): Promise<string> {
  await queueNewMessage(q, kind, message);
  return messageIdOf(kind, message.cause);
}

/** As queueMessage; answers whether the message is new (false: its cause was queued before). */
export async function queueNewMessage<K extends MessageKindName>(
  q: Queryable,
  kind: K,
  message: MessageToQueue<K>,
): Promise<boolean> {
  const definition = messageKinds[kind];
  const payload = definition.payload.parse(message.payload) as never;
  const id = messageIdOf(kind, message.cause);
  const inserted = await q
    .insert(messages)
    .values({
      id,
      recipient: message.recipient,
      kind,
      mandatory: definition.mandatory(payload),
      subject: definition.content(payload).subject,
      payload,
      state: 'queued',
      queuedAt: new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: messages.id });
  return inserted.length > 0;
}
