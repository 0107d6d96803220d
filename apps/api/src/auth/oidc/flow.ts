import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { z } from 'zod';

/**
 * A sign-in under way at the identity provider: what the callback must find again. It travels in the browser's
 * own cookie, encrypted and authenticated (so the code verifier stays secret and nothing in it can be altered),
 * and any instance of the API that knows the client secret can read it back.
 */
const flowSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(1),
  returnTo: z.string().startsWith('/'),
});
export type Flow = z.output<typeof flowSchema>;

export const flowCookie = 'leercyclus_oidc';
/** Time enough to sign in at the provider, not to leave a sign-in lying around. */
export const flowMinutes = 10;

/** The cookie's key, derived from the client secret: every instance of the API shares it, nobody else has it. */
export function flowKey(clientSecret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', clientSecret, '', 'leercyclus oidc sign-in in flight', 32));
}

export function sealFlow(flow: Flow, key: Uint8Array): Promise<string> {
  return new EncryptJWT({ ...flow })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(`${flowMinutes}m`)
    .encrypt(key);
}

/** The flow in the cookie; null when it is missing, altered, sealed with another key or expired. */
export async function openFlow(sealed: string | undefined, key: Uint8Array): Promise<Flow | null> {
  if (!sealed) return null;
  try {
    const { payload } = await jwtDecrypt(sealed, key);
    return flowSchema.parse(payload);
  } catch {
    return null;
  }
}

/**
 * The flows already used on this instance, until they expire anyway: a callback replayed with a copy of the
 * cookie is refused here, before the identity provider refuses its used code.
 */
export class SpentFlows {
  readonly #spent = new Map<string, number>();

  /** False when the flow was used before. */
  spend(state: string): boolean {
    const now = Date.now();
    for (const [spentState, expiresAt] of this.#spent) if (expiresAt <= now) this.#spent.delete(spentState);
    if (this.#spent.has(state)) return false;
    this.#spent.set(state, now + flowMinutes * 60_000);
    return true;
  }
}
