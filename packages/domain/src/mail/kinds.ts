import type { z } from 'zod';
import { checkpointReminder } from './checkpointReminder.js';
import type { AnyMessageKind, MessageContent, MessageKind } from './content.js';
import { dailyDigest } from './dailyDigest.js';
import { escalationDecision } from './escalationDecision.js';
import { escalationNotice } from './escalationNotice.js';
import { groupNotice } from './groupNotice.js';
import { sessionInvitation } from './sessionInvitation.js';
import { tableAgenda } from './tableAgenda.js';
import { weeklyDigest } from './weeklyDigest.js';

/**
 * Every kind of message the system sends, by the name the record keeps. A new kind is a file beside these
 * (payload, mandatory, content) and a line here; it is queued where its cause is recorded (`queueMessage`).
 */
export const messageKinds = {
  checkpointReminder,
  dailyDigest,
  escalationNotice,
  escalationDecision,
  tableAgenda,
  groupNotice,
  weeklyDigest,
  sessionInvitation,
} satisfies Record<string, AnyMessageKind>;

export type MessageKindName = keyof typeof messageKinds;
export type PayloadOf<K extends MessageKindName> = z.infer<(typeof messageKinds)[K]['payload']>;

/** The name the daily digest is kept under: the one kind the record itself makes. */
export const dailyDigestKind = 'dailyDigest' satisfies MessageKindName;

function isMessageKind(name: string): name is MessageKindName {
  return Object.hasOwn(messageKinds, name);
}

function kindOf(name: string): MessageKind<unknown> {
  if (!isMessageKind(name)) throw new Error(`there is no message kind ${name}`);
  return messageKinds[name];
}

/** What a kept message says, from its kind and payload (checked against the kind's schema). */
export function messageContent(kind: string, payload: unknown): MessageContent {
  const definition = kindOf(kind);
  return definition.content(definition.payload.parse(payload));
}

/** Whether a message of this kind and payload must reach its recipient whatever they chose. */
export function isMandatory(kind: string, payload: unknown): boolean {
  const definition = kindOf(kind);
  return definition.mandatory(definition.payload.parse(payload));
}
