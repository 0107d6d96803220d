import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authSettings } from '@leercyclus/config';
import { createUnsubscribeLink, mailPreferenceOf, tables } from '@leercyclus/db';
import { developmentPeople, eachBackend, seedPeople } from '@leercyclus/db/testing';
import { developmentHeader } from '../auth/signedIn.js';
import { buildApiServer, trpcPrefix } from '../server.js';

const bram = developmentPeople.find((person) => person.id === 'bram.coordinator')!;

eachBackend('choosing how one gets e-mail', (current) => {
  let server: FastifyInstance;
  beforeAll(async () => {
    await seedPeople(current().db, [bram]);
    server = await buildApiServer({
      // Nothing here asks Temporal.
      temporal: {} as Client,
      db: current().db,
      auth: authSettings({ AUTH: 'development' }),
    });
  });
  afterAll(() => server.close());

  const audited = () =>
    current().db.$count(
      tables.auditLog,
      and(eq(tables.auditLog.action, 'setMailPreference'), eq(tables.auditLog.recordId, bram.id)),
    );

  it('asks before it unsubscribes: opening the link changes nothing, a one-click POST does', async () => {
    const token = await createUnsubscribeLink(
      current().db,
      bram.id,
      'checkpointReminder:cycle/x/1#c/reminder-1',
    );
    const opened = await server.inject({ method: 'GET', url: `/mail/afmelden/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['cache-control']).toBe('no-store');
    expect(opened.body).toContain('Bram Jansen, wil je voortaan alleen de verplichte berichten ontvangen?');
    expect(opened.body).toContain(
      '<form method="post"><button type="submit">Alleen verplichte berichten ontvangen',
    );
    expect(await mailPreferenceOf(current().db, bram.id)).toBe('immediately');

    // As a mail client sends it (RFC 8058): no cookie, no Origin, a form body.
    const clicked = await server.inject({
      method: 'POST',
      url: `/mail/afmelden/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.statusCode).toBe(200);
    expect(clicked.body).toContain('Je bent afgemeld');
    expect(clicked.body).toContain('vanaf nu alleen verplichte berichten');
    expect(await mailPreferenceOf(current().db, bram.id)).toBe('mandatoryOnly');
    expect(await audited()).toBe(1);

    const again = await server.inject({ method: 'GET', url: `/mail/afmelden/${token}` });
    expect(again.body).toContain('Je ontvangt alleen verplichte berichten');
  });

  it('says in Dutch that a link it does not know does not work, and changes nothing', async () => {
    const before = await audited();
    const answer = await server.inject({ method: 'POST', url: '/mail/afmelden/onbekend' });
    expect(answer.statusCode).toBe(404);
    expect(answer.body).toContain('Deze afmeldlink werkt niet');
    expect(await audited()).toBe(before);
  });

  it('lets the signed-in person choose in the panel, refusing what is no choice by naming the field', async () => {
    const call = (delivery: string) =>
      server.inject({
        method: 'POST',
        url: `${trpcPrefix}/mail.setPreference`,
        headers: { [developmentHeader]: bram.id, 'content-type': 'application/json' },
        payload: JSON.stringify({ delivery }),
      });
    const refused = await call('weekly');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('delivery: expected immediately, dailyDigest or mandatoryOnly');
    expect(await mailPreferenceOf(current().db, bram.id)).toBe('mandatoryOnly');

    expect((await call('dailyDigest')).statusCode).toBe(200);
    expect(await mailPreferenceOf(current().db, bram.id)).toBe('dailyDigest');
  });
});
