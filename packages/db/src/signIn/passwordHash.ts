import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt's cost: one of OWASP's equivalent minimums (N = 2^15, r = 8, p = 3), 32 MiB per attempt rather than the
 * 128 MiB of N = 2^17, so a small server survives a burst of sign-ins. Stored hashes carry their own parameters.
 */
const cost = { log2N: 15, r: 8, p: 3 };
const keyLength = 32;

function derive(password: string, salt: Buffer, options: { log2N: number; r: number; p: number }) {
  const scryptOptions: ScryptOptions = {
    N: 2 ** options.log2N,
    r: options.r,
    p: options.p,
    // scrypt needs 128 × N × r bytes; node's default ceiling (32 MiB) is exactly that, and too tight.
    maxmem: 256 * 2 ** options.log2N * options.r,
  };
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, scryptOptions, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A PHC-style string that carries its parameters and salt: `$scrypt$ln=15,r=8,p=1$<salt>$<hash>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return `$scrypt$ln=${cost.log2N},r=${cost.r},p=${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const format = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** Whether the password matches the stored hash, compared in constant time; false for a hash it cannot read. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const match = format.exec(stored);
  if (!match) return false;
  const [, log2N, r, p, salt, hash] = match;
  const expected = Buffer.from(hash!, 'base64url');
  const key = await derive(password, Buffer.from(salt!, 'base64url'), {
    log2N: Number(log2N),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
