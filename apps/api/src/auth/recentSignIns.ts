import type { SignedIn } from '@leercyclus/domain';

/** How long a sign-in the record confirmed still counts while the record is out of reach. */
export const outageGraceMs = 10 * 60_000;
/** At most this many credentials are remembered; the oldest go first. */
const remembered = 10_000;

/**
 * Who each credential (a token, a session id, a development person id) signed in as when the record last
 * answered, so a record out of reach for a while does not stop the commands that do not need it (they go to
 * Temporal). Used only when the record cannot be asked: whenever it answers, its answer counts, and a credential
 * it no longer knows (revoked, signed out, expired) is forgotten here at once.
 */
export class RecentSignIns {
  private readonly entries = new Map<string, { signedIn: SignedIn; at: number }>();

  remember(credential: string, signedIn: SignedIn | null, now: number): void {
    this.entries.delete(credential);
    if (!signedIn) return;
    this.entries.set(credential, { signedIn, at: now });
    if (this.entries.size > remembered) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The sign-in confirmed within the grace period, or undefined. */
  recall(credential: string, now: number): SignedIn | undefined {
    const entry = this.entries.get(credential);
    return entry && now - entry.at <= outageGraceMs ? entry.signedIn : undefined;
  }
}
