import { z } from 'zod';
import { messageKind, type MessageContent } from './content.js';
import { dutchDate } from './dutchDates.js';

const itemSchema = z.object({
  subject: z.string(),
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  path: z.string(),
});

const payloadSchema = z.object({
  /** The day it was put together, in the programmes' time zone. */
  date: z.string(),
  /** The messages it brings together, oldest first, each as its own subject, facts and link. */
  items: z.array(itemSchema).min(1),
});

/** One message a day with what a person who chose the daily digest would otherwise have had one by one. */
export const dailyDigest = messageKind({
  payload: payloadSchema,
  mandatory: () => false,
  content(payload): MessageContent {
    const count = payload.items.length;
    return {
      subject: `Leercyclus, overzicht van ${dutchDate(payload.date)}: ${count === 1 ? '1 bericht' : `${count} berichten`}`,
      paragraphs: [
        'Je hebt gekozen voor één overzicht per dag. Dit is wat er sinds het vorige overzicht voor je is.',
      ],
      facts: [],
      items: payload.items.map((item) => ({ heading: item.subject, facts: item.facts, path: item.path })),
      action: { label: 'Leercyclus openen', path: '/' },
    };
  },
});
