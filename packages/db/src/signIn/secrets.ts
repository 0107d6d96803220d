import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 32 random bytes, base64url: a session id, a sign-in link's token, the body of an API token. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the record keeps of a secret: enough to recognise it, nothing to sign in with. */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const base32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A generated id such as `p-k3x9…`: lower-case, so it is also a valid person id. */
export function generatedId(prefix: string): string {
  let id = `${prefix}-`;
  for (let i = 0; i < 12; i++) id += base32[randomInt(base32.length)];
  return id;
}
