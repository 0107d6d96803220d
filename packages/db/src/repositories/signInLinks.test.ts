import { expect, it } from 'vitest';
import { developmentPeople, eachBackend, seedPeople } from '../testing/index.js';
import { updatePerson } from './people.js';
import { createSignInLink, useSignInLink } from './signInLinks.js';

const administrator = { userId: 'frank.beheer' };
const now = new Date('2026-03-02T08:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

eachBackend('sign-in links', (current) => {
  it('signs the person in once', async () => {
    const { db } = current();
    await seedPeople(db, developmentPeople);
    const token = await createSignInLink(db, administrator, 'frank.beheer', 30, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await useSignInLink(db, token, minutes(29))).toBe('frank.beheer');
    expect(await useSignInLink(db, token, minutes(29))).toBeNull();
  });

  it('signs no one in once expired, with an unknown token, or for an inactive person', async () => {
    const { db } = current();
    const expired = await createSignInLink(db, administrator, 'anna.projectleider', 30, now);
    expect(await useSignInLink(db, expired, minutes(30))).toBeNull();
    expect(await useSignInLink(db, 'unknown', minutes(1))).toBeNull();
    const inactive = await createSignInLink(db, administrator, 'eva.deelnemer', 30, now);
    await updatePerson(db, administrator, 'eva.deelnemer', { active: false });
    expect(await useSignInLink(db, inactive, minutes(1))).toBeNull();
  });

  it('refuses a link that lasts too long, naming the field', async () => {
    const { db } = current();
    await expect(createSignInLink(db, administrator, 'frank.beheer', 0)).rejects.toMatchObject({
      kind: 'invalid',
      field: 'minutes',
    });
  });
});
