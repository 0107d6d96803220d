import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLog, signInSessions } from '../schema/index.js';
import { developmentPeople, eachBackend, seedPeople } from '../testing/index.js';
import { updatePerson } from './people.js';
import { endSession, resolveSession, startSession } from './sessions.js';

const limits = { idleMinutes: 30, maxHours: 8 };
const start = new Date('2026-03-02T08:00:00Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

eachBackend('sessions', (current) => {
  it('signs the person in until they are idle too long, each request keeping it alive', async () => {
    const { db } = current();
    await seedPeople(db, developmentPeople, [
      { personId: 'bram.coordinator', scope: 'programme', scopeId: 'proeftuin', role: 'coordinator' },
    ]);
    const session = await startSession(db, 'bram.coordinator', 'password', start);
    expect(await resolveSession(db, session, minutes(29), limits)).toMatchObject({
      person: { id: 'bram.coordinator' },
      memberships: [{ scope: 'programme', scopeId: 'proeftuin', role: 'coordinator' }],
      via: 'session',
    });
    // Seen at minute 29: still signed in at minute 58, then idle from 58 to 89.
    expect(await resolveSession(db, session, minutes(58), limits)).not.toBeNull();
    expect(await resolveSession(db, session, minutes(89), limits)).toBeNull();
    // Expired is gone for good, whatever the clock says next.
    expect(await resolveSession(db, session, minutes(59), limits)).toBeNull();
  });

  it('ends a session at its absolute limit, however busy', async () => {
    const { db } = current();
    const session = await startSession(db, 'chris.monitor', 'oidc', start);
    for (let minute = 25; minute < 8 * 60; minute += 25) {
      expect(await resolveSession(db, session, minutes(minute), limits)).not.toBeNull();
    }
    expect(await resolveSession(db, session, minutes(8 * 60 + 1), limits)).toBeNull();
  });

  it('ends a session at sign-out, and signs no inactive person in', async () => {
    const { db } = current();
    const session = await startSession(db, 'anna.projectleider', 'link', start);
    await endSession(db, session);
    expect(await resolveSession(db, session, minutes(1), limits)).toBeNull();
    await endSession(db, session);

    const other = await startSession(db, 'eva.deelnemer', 'password', start);
    await updatePerson(db, { userId: 'frank.beheer' }, 'eva.deelnemer', { active: false });
    expect(await resolveSession(db, other, minutes(1), limits)).toBeNull();
    expect(await resolveSession(db, 'not-a-session', minutes(1), limits)).toBeNull();
  });

  it('keeps only a hash of the session id, and audits signing in and out', async () => {
    const { db } = current();
    const session = await startSession(db, 'dana.management', 'password', start);
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db
      .select()
      .from(signInSessions)
      .where(eq(signInSessions.personId, 'dana.management'));
    expect(stored.map((row) => row.idHash)).not.toContain(session);
    await endSession(db, session);
    const audit = await db
      .select({ actor: auditLog.actor, action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.recordId, 'dana.management'), eq(auditLog.recordType, 'person')));
    expect(audit.slice(-2)).toEqual([
      { actor: 'dana.management', action: 'signIn', details: { via: 'password' } },
      { actor: 'dana.management', action: 'signOut', details: {} },
    ]);
  });
});
