import { createHash } from 'node:crypto';

/**
 * The Message-ID of a message, derived from its cause alone: every attempt to send it carries the same one, so a
 * copy sent again after a worker died mid-send is recognisable as the same message (and mail clients show one).
 */
export function messageIdFor(messageId: string, domain: string): string {
  const digest = createHash('sha256').update(messageId).digest('hex').slice(0, 32);
  return `<leercyclus.${digest}@${domain}>`;
}
