/**
 * A write the record refuses for a reason the caller can act on. `field` names the input field at fault, so the
 * API can answer as it does for a schema failure.
 */
export class RecordError extends Error {
  constructor(
    readonly kind: 'notFound' | 'conflict' | 'invalid',
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RecordError';
  }
}
