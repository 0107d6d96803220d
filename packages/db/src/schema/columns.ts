import { timestamp } from 'drizzle-orm/pg-core';

/** Every instant of the record is a timestamptz read back as a Date. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
