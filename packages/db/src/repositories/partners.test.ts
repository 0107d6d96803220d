import { expect, it } from 'vitest';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { partnerOrganisations } from '../schema/index.js';
import { cycleEventsFor, eachBackend } from '../testing/index.js';
import { listPartners, upsertPartner } from './partners.js';

const coordinator = { userId: 'bram.coordinator' };

eachBackend('partners', (current) => {
  it('lists each organisation with how often it took part in a held occurrence', async () => {
    const { db } = current();
    await upsertPartner(db, coordinator, {
      name: 'Jeugdhulp Noord',
      kind: 'youthCareProvider',
      ring: 'core',
    });
    await upsertPartner(db, coordinator, {
      name: 'Basisschool De Wilg',
      kind: 'primaryEducation',
      ring: 'flexibleShell',
    });
    await upsertPartner(db, coordinator, { name: 'Politie West', kind: 'police', ring: 'outer' });
    const events = cycleEventsFor('partners', 1);
    const cancelled = events.heldSession('2026-01-22', 'West', { organisations: ['Jeugdhulp Noord'] });
    cancelled.occurrence.status = 'cancelled';
    await applyCycleEvents(db, [
      events.cycle(),
      events.heldSession('2026-01-08', 'West', { organisations: ['Jeugdhulp Noord', 'Basisschool De Wilg'] }),
      // Typed differently at the next session: still the same organisation.
      events.heldSession('2026-01-15', 'West', { organisations: ['jeugdhulp  noord ', 'Jeugdhulp Noord'] }),
      events.heldSession('2026-01-13', 'Zuid', { organisations: ['Wijkvereniging Zuid'] }),
      cancelled,
    ]);

    const listed = (await listPartners(db)).map((partner) => ({ ...partner, id: typeof partner.id }));
    expect(listed).toEqual([
      {
        id: 'number',
        name: 'Basisschool De Wilg',
        kind: 'primaryEducation',
        ring: 'flexibleShell',
        occurrencesAttended: 1,
        lastAttendedOn: '2026-01-08',
      },
      {
        id: 'number',
        name: 'Jeugdhulp Noord',
        kind: 'youthCareProvider',
        ring: 'core',
        occurrencesAttended: 2,
        lastAttendedOn: '2026-01-15',
      },
      {
        id: 'number',
        name: 'Politie West',
        kind: 'police',
        ring: 'outer',
        occurrencesAttended: 0,
        lastAttendedOn: null,
      },
    ]);
  });

  it('updates the organisation with the same name whatever its case', async () => {
    const { db } = current();
    const before = await db.$count(partnerOrganisations);
    const first = await upsertPartner(db, coordinator, {
      name: 'Politie West',
      kind: 'police',
      ring: 'outer',
    });
    const again = await upsertPartner(db, coordinator, {
      name: 'POLITIE WEST',
      kind: 'police',
      ring: 'flexibleShell',
    });
    expect(again.id).toBe(first.id);
    expect(await db.$count(partnerOrganisations)).toBe(before);
    expect((await listPartners(db)).find((p) => p.id === first.id)).toMatchObject({
      name: 'POLITIE WEST',
      ring: 'flexibleShell',
    });
  });
});
