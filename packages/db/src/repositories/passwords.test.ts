import { expect, it } from 'vitest';
import { passwordCredentials } from '../schema/index.js';
import { developmentPeople, eachBackend, seedPeople } from '../testing/index.js';
import { lockSeconds, setPassword, verifyPassword } from './passwords.js';
import { updatePerson } from './people.js';

const administrator = { userId: 'frank.beheer' };
const password = 'correct horse battery staple';
const start = new Date('2026-03-02T08:00:00Z');
const seconds = (n: number) => new Date(start.getTime() + n * 1000);

it('locks from the fifth failure in a row, 1 minute doubling up to an hour', () => {
  expect([1, 4, 5, 6, 7, 10, 11, 20].map(lockSeconds)).toEqual([0, 0, 60, 120, 240, 1920, 3600, 3600]);
});

eachBackend('passwords', (current) => {
  it('signs in with the right password, whatever the case of the address, and keeps only a scrypt hash', async () => {
    const { db } = current();
    await seedPeople(db, developmentPeople);
    await setPassword(db, administrator, 'anna.projectleider', password);
    expect(await verifyPassword(db, 'Anna@Example.org', password, start)).toEqual({
      ok: true,
      personId: 'anna.projectleider',
    });
    expect(await verifyPassword(db, 'anna@example.org', 'correct horse battery stapl', start)).toEqual({
      ok: false,
      reason: 'wrong',
    });
    const [stored] = await db.select().from(passwordCredentials);
    expect(stored?.hash).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('locks an address after five failures with a growing delay, and lets the right password in after it', async () => {
    const { db } = current();
    await setPassword(db, administrator, 'bram.coordinator', password);
    for (let i = 0; i < 5; i++) {
      expect(await verifyPassword(db, 'bram@example.org', 'wrong password!', seconds(i))).toMatchObject({
        reason: 'wrong',
      });
    }
    // Locked until 4 + 60 seconds, even for the right password.
    expect(await verifyPassword(db, 'bram@example.org', password, seconds(10))).toEqual({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 54,
    });
    // The sixth failure locks for two minutes.
    expect(await verifyPassword(db, 'bram@example.org', 'wrong password!', seconds(64))).toMatchObject({
      reason: 'wrong',
    });
    expect(await verifyPassword(db, 'bram@example.org', password, seconds(65))).toMatchObject({
      reason: 'locked',
      retryAfterSeconds: 119,
    });
    expect(await verifyPassword(db, 'bram@example.org', password, seconds(184))).toEqual({
      ok: true,
      personId: 'bram.coordinator',
    });
    // Success starts the count afresh.
    expect(await verifyPassword(db, 'bram@example.org', 'wrong password!', seconds(185))).toMatchObject({
      reason: 'wrong',
    });
    expect(await verifyPassword(db, 'bram@example.org', password, seconds(186))).toMatchObject({ ok: true });
  });

  it('counts failures for an unknown address the same way, so the answer does not tell who exists', async () => {
    const { db } = current();
    for (let i = 0; i < 5; i++) {
      expect(await verifyPassword(db, 'niemand@example.org', password, seconds(i))).toEqual({
        ok: false,
        reason: 'wrong',
      });
    }
    expect(await verifyPassword(db, 'niemand@example.org', password, seconds(5))).toMatchObject({
      reason: 'locked',
    });
  });

  it('lifts the lock when an administrator resets the password, and forgets failures after a day', async () => {
    const { db } = current();
    await setPassword(db, administrator, 'chris.monitor', password);
    for (let i = 0; i < 5; i++) await verifyPassword(db, 'chris@example.org', 'wrong password!', seconds(i));
    await setPassword(db, administrator, 'chris.monitor', 'a new password of Chris');
    expect(
      await verifyPassword(db, 'chris@example.org', 'a new password of Chris', seconds(6)),
    ).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < 4; i++) await verifyPassword(db, 'chris@example.org', 'wrong password!', seconds(i));
    // A day later the four failures are forgotten: one more does not lock.
    await verifyPassword(db, 'chris@example.org', 'wrong password!', seconds(86_500));
    expect(
      await verifyPassword(db, 'chris@example.org', 'a new password of Chris', seconds(86_501)),
    ).toMatchObject({
      ok: true,
    });
  });

  it('signs no inactive person in, and refuses a short password naming the field', async () => {
    const { db } = current();
    await setPassword(db, administrator, 'eva.deelnemer', password);
    await updatePerson(db, administrator, 'eva.deelnemer', { active: false });
    expect(await verifyPassword(db, 'eva@example.org', password, start)).toEqual({
      ok: false,
      reason: 'wrong',
    });
    await expect(setPassword(db, administrator, 'dana.management', 'kort')).rejects.toMatchObject({
      kind: 'invalid',
      field: 'password',
    });
    await expect(setPassword(db, administrator, 'niemand', password)).rejects.toMatchObject({
      kind: 'notFound',
      field: 'personId',
    });
  });
});
