/**
 * A client's id for one command or launch: sent twice (a double click, a retry after a lost answer), the API
 * lets it take effect once. `crypto.randomUUID` needs a secure context; the fallback works everywhere.
 */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
