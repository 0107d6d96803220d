/** What the local sign-in answered: signed in, refused (wrong e-mail or password), or locked out for a while. */
export type LocalSignInResult =
  | { outcome: 'signedIn' }
  | { outcome: 'refused'; message: string }
  | { outcome: 'lockedOut'; message: string; retryAfterSeconds: number }
  | { outcome: 'failed'; status: number };

async function messageOf(response: Response): Promise<{ message: string; retryAfterSeconds?: number }> {
  try {
    const body = (await response.json()) as { message?: unknown; retryAfterSeconds?: unknown };
    return {
      message: typeof body.message === 'string' ? body.message : '',
      ...(typeof body.retryAfterSeconds === 'number' ? { retryAfterSeconds: body.retryAfterSeconds } : {}),
    };
  } catch {
    return { message: '' };
  }
}

/** `POST /auth/local`: on success the API sets the session cookie (HttpOnly, so never seen here). */
export async function signInLocally(email: string, password: string): Promise<LocalSignInResult> {
  const response = await fetch('/auth/local', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.ok) return { outcome: 'signedIn' };
  if (response.status === 401) return { outcome: 'refused', message: (await messageOf(response)).message };
  if (response.status === 429) {
    const body = await messageOf(response);
    const header = Number(response.headers.get('retry-after'));
    const retryAfterSeconds = body.retryAfterSeconds ?? (Number.isFinite(header) ? header : 60);
    return { outcome: 'lockedOut', message: body.message, retryAfterSeconds };
  }
  return { outcome: 'failed', status: response.status };
}

/** `POST /auth/signout`: ends the session on the server and clears its cookie. */
export async function signOut(): Promise<void> {
  const response = await fetch('/auth/signout', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`POST /auth/signout answered ${response.status}`);
}

/** Where the organisation's sign-in starts; the API sends the browser back to `returnTo` afterwards. */
export function oidcStartUrl(returnTo: string): string {
  return `/auth/oidc/start?${new URLSearchParams({ returnTo }).toString()}`;
}
