/** When a credential was last used is written at most this often: a busy client does not write on every request. */
const touchEverySeconds = 60;

/** Whether a use at `now` should be written, given the last one written. */
export function dueForTouch(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= touchEverySeconds * 1000;
}
