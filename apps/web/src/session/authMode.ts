/** How people sign in to this installation, as `GET /auth/mode` states it (apps/api `AUTH`). */
export type SignInMode = 'oidc' | 'local' | 'development';

export interface AuthMode {
  mode: SignInMode;
  /** Everyone the development sign-in offers; only in development mode. */
  developmentPeople?: { id: string; name: string }[];
}

/** Asks the API how people sign in here; before anything else, since the tRPC client depends on it. */
export async function fetchAuthMode(): Promise<AuthMode> {
  const response = await fetch('/auth/mode', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GET /auth/mode answered ${response.status}`);
  return (await response.json()) as AuthMode;
}
