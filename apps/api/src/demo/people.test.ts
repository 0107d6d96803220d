import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, setPassword, verifyPassword, type Database } from '@leercyclus/db';
import { addDemoPeople, demoPeople, demoSignIns } from './people.js';

describe("the demo's people", () => {
  let record: Database;
  const loader = { userId: 'frank.beheer' };

  beforeAll(async () => {
    record = await openDatabase({ dataDir: 'memory://' });
    await migrate(record);
  });
  afterAll(() => record?.close());

  it('are created with their parts, each signing in with the password the demo gave them once', async () => {
    const signIns = await demoSignIns(record.db, await addDemoPeople(record.db, loader));
    expect(signIns.map((person) => person.email)).toEqual(demoPeople.map((person) => person.email));
    const passwords = new Set<string>();
    for (const person of signIns) {
      expect(person.password).toMatch(/^[\w-]{16}$/);
      passwords.add(person.password!);
      const check = await verifyPassword(record.db, person.email, person.password!, new Date());
      expect(check).toEqual({ ok: true, personId: person.id });
    }
    expect(passwords.size).toBe(signIns.length);
    expect(signIns.find((person) => person.id === 'anna.projectleider')?.memberships).toEqual([
      { scope: 'programme', scopeId: 'proeftuin-demo', role: 'coordinator' },
      { scope: 'programme', scopeId: 'proeftuin-demo', role: 'projectLeader' },
    ]);
    expect(signIns.find((person) => person.id === 'dana.management')?.memberships).toEqual([
      { scope: 'table', scopeId: 'managementtafel-jeugd', role: 'chair' },
    ]);
  });

  it('who are in the record already keep their password', async () => {
    await setPassword(record.db, loader, 'eva.deelnemer', 'Eva haar eigen wachtwoord');
    const signIns = await demoSignIns(record.db, await addDemoPeople(record.db, loader));
    expect(signIns.every((person) => person.password === null)).toBe(true);
    const check = await verifyPassword(record.db, 'eva@example.org', 'Eva haar eigen wachtwoord', new Date());
    expect(check.ok).toBe(true);
  });
});
