import { signInLinkUrl } from '@leercyclus/api';
import { createApiToken, createSignInLink, grantMembership, openDatabase } from '@leercyclus/db';
import { installationRoles } from '@leercyclus/domain';
import { developmentPeople, seedPeople, type HeldMembership } from '@leercyclus/db/testing';
import { users } from './apiClient.js';

/** The harness writes people, roles and tokens as the installation itself, as `npm run people` does. */
const installation = { userId: 'system' };

export interface HarnessPeople {
  /** The person's personal API token, made at start. */
  tokenOf(personId: string): string;
  grant(memberships: readonly HeldMembership[]): Promise<void>;
  signInLink(personId: string, panelUrl: string): Promise<string>;
  describe(): string;
  close(): Promise<void>;
}

/**
 * The record's development people (Frank administers the installation and is its data-protection officer), each with a personal API token made now,
 * before the API starts: the bench and the drills sign in with these, as scripts do, and no token has to be made
 * later, when the record may be out of reach on purpose.
 */
export async function preparePeople(databaseUrl: string): Promise<HarnessPeople> {
  const database = await openDatabase({ databaseUrl });
  try {
    await seedPeople(database.db, developmentPeople, [
      ...installationRoles.map((role): HeldMembership => ({
        personId: users.administrator,
        scope: 'installation',
        scopeId: 'installation',
        role,
      })),
    ]);
    const tokens = new Map<string, string>();
    for (const person of developmentPeople) {
      const { token } = await createApiToken(database.db, installation, person.id, {
        name: 'harness',
        days: 1,
      });
      tokens.set(person.id, token);
    }
    return {
      tokenOf(personId) {
        const token = tokens.get(personId);
        if (token === undefined) throw new Error(`${personId} is none of the harness's people`);
        return token;
      },
      async grant(memberships) {
        for (const { personId, ...membership } of memberships) {
          await grantMembership(database.db, installation, personId, membership);
        }
      },
      async signInLink(personId, panelUrl) {
        return signInLinkUrl(panelUrl, await createSignInLink(database.db, installation, personId, 60));
      },
      describe: () => `${developmentPeople.map((person) => person.id).join(', ')}, each with an API token`,
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
