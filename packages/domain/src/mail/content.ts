import type { z } from 'zod';
import type { Occurrence } from '../cycleCalendar.js';

/** A file sent along: an agenda, a calendar file. */
export interface MessageAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * What a message says, before it is laid out as text and HTML and addressed: the layout adds the greeting by
 * the recipient's name, the link's full address, and the footer (with the unsubscribe link when not mandatory).
 */
export interface MessageContent {
  subject: string;
  /** Paragraphs after the greeting: what happened, what is asked. */
  paragraphs: string[];
  /** The facts of the matter as label and value: which checkpoint, by when. */
  facts: { label: string; value: string }[];
  /** Messages brought together in one (the daily digest), each with its own link. */
  items?: { heading: string; facts: { label: string; value: string }[]; path: string }[];
  /** The page in the panel where the person acts on it. */
  action: { label: string; path: string };
  attachments?: MessageAttachment[];
  /** An iCalendar invitation or update (METHOD:REQUEST or CANCEL), sent so calendar clients offer to accept it. */
  calendarEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
  /**
   * A cycle's session as an invitation or its update: the mail package writes it as the feeds do (same UID,
   * SEQUENCE), since only it knows the site (PUBLIC_URL) the UIDs and links are made of.
   */
  invitation?: SessionInvitation;
}

/** A session to send as an iCalendar invitation (REQUEST) or cancellation (CANCEL). */
export interface SessionInvitation {
  method: 'REQUEST' | 'CANCEL';
  /** The cycle's page the entry belongs to: its workflow id, title, zone and panel path. */
  page: { processId: string; title: string; timeZone: string; path: string };
  occurrence: Occurrence;
  moves: number;
}

/**
 * A kind of message: what its payload holds (the facts taken from its cause when it is queued), whether it is
 * mandatory, and what it says. Pure: the same payload always says the same.
 */
export interface MessageKind<P> {
  payload: z.ZodType<P>;
  mandatory(payload: P): boolean;
  content(payload: P): MessageContent;
}

/** Any kind, whatever its payload: what the registry holds. */
export interface AnyMessageKind {
  payload: z.ZodType;
  mandatory(payload: never): boolean;
  content(payload: never): MessageContent;
}

export function messageKind<P>(kind: MessageKind<P>): MessageKind<P> {
  return kind;
}
