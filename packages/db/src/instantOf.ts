import { RecordError } from './errors.js';

/** An instant a workflow sent as ISO text; text that is no instant is a snapshot the record refuses. */
export function instantOf(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new RecordError('invalid', `"${text}" is not an instant`);
  return date;
}
