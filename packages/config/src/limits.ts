import { wholeNumberFromEnv } from './wholeNumber.js';

/** How many calls one client may make per minute; 0 switches that limit off. */
export interface RateLimits {
  /** Sign-in attempts from one address (a password, a sign-in link, the identity provider's flow). */
  signInPerAddress: number;
  /** Password attempts naming one e-mail address, from wherever they come. */
  signInPerPerson: number;
  /** Procedure calls that change something (tRPC mutations, each call of a batch) from one address. */
  writesPerAddress: number;
  /** The same, by one signed-in person, over all their sessions and tokens. */
  writesPerPerson: number;
}

export interface ApiLimits {
  rates: RateLimits;
  /** The largest request body taken, in bytes: 413 beyond it. */
  bodyLimitBytes: number;
  /** How long a client may take to send a whole request (a slow sender holds a connection). */
  requestTimeoutMs: number;
  /** How long a call may take to be answered; past it the client gets 503 and may send it again. */
  handlerTimeoutMs: number;
}

/**
 * A person clicking through the panel makes a few writes a minute; an office behind one address, many people's
 * worth. Sign-in allows for typing mistakes, not for guessing.
 */
export const defaultRateLimits: RateLimits = {
  signInPerAddress: 60,
  signInPerPerson: 10,
  writesPerAddress: 600,
  writesPerPerson: 120,
};

/**
 * The API's limits from the environment: RATE_LIMIT_SIGN_IN_PER_ADDRESS, RATE_LIMIT_SIGN_IN_PER_PERSON,
 * RATE_LIMIT_WRITES_PER_ADDRESS, RATE_LIMIT_WRITES_PER_PERSON (per minute, 0 for none), API_BODY_LIMIT_KB,
 * API_REQUEST_TIMEOUT_SECONDS and API_HANDLER_TIMEOUT_SECONDS. A wrong value throws, naming its variable.
 */
export function apiLimits(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const rate = (name: string, fallback: number) => wholeNumberFromEnv(name, fallback, env);
  const seconds = (name: string, fallback: number) =>
    wholeNumberFromEnv(name, fallback, env, { min: 1 }) * 1000;
  return {
    rates: {
      signInPerAddress: rate('RATE_LIMIT_SIGN_IN_PER_ADDRESS', defaultRateLimits.signInPerAddress),
      signInPerPerson: rate('RATE_LIMIT_SIGN_IN_PER_PERSON', defaultRateLimits.signInPerPerson),
      writesPerAddress: rate('RATE_LIMIT_WRITES_PER_ADDRESS', defaultRateLimits.writesPerAddress),
      writesPerPerson: rate('RATE_LIMIT_WRITES_PER_PERSON', defaultRateLimits.writesPerPerson),
    },
    bodyLimitBytes: wholeNumberFromEnv('API_BODY_LIMIT_KB', 1024, env, { min: 1 }) * 1024,
    requestTimeoutMs: seconds('API_REQUEST_TIMEOUT_SECONDS', 30),
    handlerTimeoutMs: seconds('API_HANDLER_TIMEOUT_SECONDS', 60),
  };
}
