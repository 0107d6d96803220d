import { expect, it } from 'vitest';
import { apiTokens } from '../schema/index.js';
import { developmentPeople, eachBackend, seedPeople } from '../testing/index.js';
import { createApiToken, listApiTokens, resolveApiToken, revokeApiToken } from './apiTokens.js';
import { updatePerson } from './people.js';

const administrator = { userId: 'frank.beheer' };
const now = new Date('2026-03-02T08:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

eachBackend('API tokens', (current) => {
  it('signs a script in as the token’s person until the token expires', async () => {
    const { db } = current();
    await seedPeople(db, developmentPeople, [
      { personId: 'chris.monitor', scope: 'programme', scopeId: 'proeftuin', role: 'monitor' },
    ]);
    const { id, token } = await createApiToken(
      db,
      administrator,
      'chris.monitor',
      { name: 'bench', days: 30 },
      now,
    );
    expect(token).toMatch(/^lc_[A-Za-z0-9_-]{43}$/);
    expect(await resolveApiToken(db, token, days(29))).toEqual({
      person: developmentPeople.find((p) => p.id === 'chris.monitor'),
      memberships: [{ scope: 'programme', scopeId: 'proeftuin', role: 'monitor' }],
      via: 'token',
    });
    expect(await resolveApiToken(db, token, days(30))).toBeNull();
    expect(await listApiTokens(db, 'chris.monitor')).toEqual([
      {
        id,
        name: 'bench',
        createdAt: now.toISOString(),
        expiresAt: days(30).toISOString(),
        lastUsedAt: days(29).toISOString(),
        revokedAt: null,
      },
    ]);
    // Only the hash is kept.
    expect((await db.select().from(apiTokens)).some((row) => row.hash.includes(token.slice(3)))).toBe(false);
  });

  it('stops a revoked token, and refuses to revoke it twice or someone else’s', async () => {
    const { db } = current();
    const { id, token } = await createApiToken(
      db,
      administrator,
      'bram.coordinator',
      { name: 'drill', days: 7 },
      now,
    );
    await expect(revokeApiToken(db, administrator, 'chris.monitor', id)).rejects.toMatchObject({
      kind: 'notFound',
      field: 'tokenId',
    });
    expect(await resolveApiToken(db, token, days(1))).not.toBeNull();
    await revokeApiToken(db, { userId: 'bram.coordinator' }, 'bram.coordinator', id);
    expect(await resolveApiToken(db, token, days(1))).toBeNull();
    expect((await listApiTokens(db, 'bram.coordinator'))[0]?.revokedAt).not.toBeNull();
    await expect(revokeApiToken(db, administrator, 'bram.coordinator', id)).rejects.toMatchObject({
      kind: 'notFound',
    });
  });

  it('signs no one in with an unknown token or one of an inactive person', async () => {
    const { db } = current();
    const { token } = await createApiToken(
      db,
      administrator,
      'eva.deelnemer',
      { name: 'script', days: 7 },
      now,
    );
    await updatePerson(db, administrator, 'eva.deelnemer', { active: false });
    expect(await resolveApiToken(db, token, days(1))).toBeNull();
    expect(await resolveApiToken(db, 'lc_unknown', days(1))).toBeNull();
    expect(await resolveApiToken(db, token.slice(3), days(1))).toBeNull();
  });

  it('refuses a token without a name or for too long, naming the field', async () => {
    const { db } = current();
    await expect(
      createApiToken(db, administrator, 'anna.projectleider', { name: ' ', days: 7 }),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'name' });
    await expect(
      createApiToken(db, administrator, 'anna.projectleider', { name: 'x', days: 400 }),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'days' });
    await expect(createApiToken(db, administrator, 'niemand', { name: 'x', days: 7 })).rejects.toMatchObject({
      kind: 'notFound',
      field: 'personId',
    });
  });
});
