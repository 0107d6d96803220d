import type { Person } from '@leercyclus/domain';
import type { IDToken } from 'openid-client';
import type { OidcSettings } from '@leercyclus/config';

/** What the sign-in needs of the people record. */
export interface OidcPeople {
  findByEmail(email: string): Promise<Person | null>;
  findBySubject(issuer: string, subject: string): Promise<Person | null>;
  /** Links the identity to the person: later sign-ins find them by it. */
  linkSubject(personId: string, issuer: string, subject: string): Promise<void>;
  /** A new person without memberships (auto-provisioning). */
  create(person: Omit<Person, 'id' | 'active'>): Promise<Person>;
}

type RefusalReason = 'emailNotVerified' | 'unknownPerson' | 'inactivePerson';

type Match = { signIn: Person } | { refused: RefusalReason; person: Person | null };

/**
 * The verified e-mail address of the identity, lower-case; null when the provider does not vouch for it. Entra ID
 * sends no `email_verified`; its optional claim `xms_edov` (the tenant verified the address's domain) stands in.
 */
function verifiedEmail(claims: IDToken): string | null {
  const email = claims.email;
  if (typeof email !== 'string' || email.trim() === '') return null;
  const verified =
    claims.email_verified === true || (claims.email_verified === undefined && claims.xms_edov === true);
  return verified ? email.trim().toLowerCase() : null;
}

/** The name the provider gives, as people.ts allows it; the e-mail address when it gives none. */
function nameOf(claims: IDToken, email: string): string {
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : `${given} ${family}`;
  return (name.trim() || email).slice(0, 120);
}

async function byEmail(
  people: OidcPeople,
  settings: Pick<OidcSettings, 'autoProvision'>,
  email: string,
  claims: IDToken,
): Promise<Match> {
  const person = await people.findByEmail(email);
  if (person) return { signIn: person };
  if (!settings.autoProvision) return { refused: 'unknownPerson', person: null };
  const created = await people.create({
    name: nameOf(claims, email),
    email,
    organisation: settings.autoProvision.organisation,
  });
  return { signIn: created };
}

/** The person an identity the provider vouched for (a validated ID token) signs in as, or why not. */
export async function matchPerson(
  people: OidcPeople,
  settings: Pick<OidcSettings, 'match' | 'autoProvision'>,
  claims: IDToken,
): Promise<Match> {
  const linked = settings.match === 'subject' ? await people.findBySubject(claims.iss, claims.sub) : null;
  const email = verifiedEmail(claims);
  const match: Match = linked
    ? { signIn: linked }
    : email
      ? await byEmail(people, settings, email, claims)
      : { refused: 'emailNotVerified', person: null };
  if ('refused' in match) return match;
  if (!match.signIn.active) return { refused: 'inactivePerson', person: match.signIn };
  if (settings.match === 'subject' && !linked)
    await people.linkSubject(match.signIn.id, claims.iss, claims.sub);
  return match;
}
