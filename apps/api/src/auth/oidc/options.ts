import type { OidcSettings } from '@leercyclus/config';
import { appendAudit } from '@leercyclus/db';
import type { ApiDependencies } from '../../context.js';
import { startSessionCookie } from '../session.js';
import { signInTime } from '../signedIn.js';
import type { OidcSignInOptions } from './plugin.js';
import { recordPeople } from './recordPeople.js';

/** The sign-in through the identity provider on the API's record: its people, its sessions, its audit log. */
export function oidcSignInOptions(dependencies: ApiDependencies, settings: OidcSettings): OidcSignInOptions {
  const { db, auth } = dependencies;
  return {
    settings,
    people: recordPeople(db),
    startSession: async (reply, personId) =>
      startSessionCookie(reply, db, personId, 'oidc', auth, await signInTime(dependencies)),
    audit: (refusal) =>
      appendAudit(
        db,
        // Who it was for, when the sign-in got that far; else nobody known.
        { userId: refusal.personId ?? 'anonymous' },
        {
          operation: 'refused',
          action: 'signInRefused',
          recordType: 'person',
          recordId: refusal.personId ?? 'unknown',
          details: { via: 'oidc', reason: refusal.reason, ...refusal.details },
        },
      ),
  };
}
