const base = 'http://return-to.invalid';

/**
 * Where to land after signing in: a path of this site only (never `//elsewhere`, `/\elsewhere` or an absolute
 * URL, which would make the sign-in an open redirect); anything else lands on the start page.
 */
export function sameSitePath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  // The URL parser reads it as a browser would (backslashes, tabs and newlines included).
  const url = URL.canParse(value, base) ? new URL(value, base) : null;
  if (url === null || url.origin !== base) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
