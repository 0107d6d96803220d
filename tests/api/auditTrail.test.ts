import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { and, desc, eq, gt, isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter, type AppRouter, type ProcedureMeta } from '@leercyclus/api';
import { createApiToken, tables, verifyAuditChain } from '@leercyclus/db';
import { seedPeople } from '@leercyclus/db/testing';
import { eventually, failureOf } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { grantParts, people } from '../support/people.js';
import { useSystem } from '../support/system.js';

const { leader, monitor, participant, administrator } = people;
const officer = 'gerda.functionaris';
/** Chris, Eva and the others have their parts in programme A; B is Anna's alone. */
const programmeA = 'audit-a';
const programmeB = 'audit-b';
const cycleA = { programmeId: programmeA, number: 1 };
const userAgent = 'Leercyclus audit test/1.0';

/**
 * Procedures whose calls leave no entry of their own, and why: their repository writes it in the write's own
 * transaction, or they show no case or person data (names of programmes, counts, one's own tokens).
 */
const auditedElsewhere: Record<string, string> = {
  'cases.register': 'repository',
  'cases.update': 'repository',
  'cases.close': 'repository',
  'cases.stats': 'repository',
  'cases.list': 'repository',
  'programmes.create': 'repository',
  'programmes.update': 'repository',
  'partners.upsert': 'repository',
  'people.create': 'repository',
  'people.update': 'repository',
  'people.deactivate': 'repository',
  'people.setPassword': 'repository',
  'memberships.grant': 'repository',
  'memberships.revoke': 'repository',
  'tokens.create': 'repository',
  'tokens.revoke': 'repository',
  'tokens.revokeFor': 'repository',
  'cases.erase': 'repository',
  'mail.setPreference': 'repository',
  'calendars.createMine': 'repository',
  'calendars.createForCycle': 'repository',
  'calendars.revoke': 'repository',
  health: 'nothing of the record',
  'session.me': 'the caller themselves',
  'session.people': 'development sign-in only: names to pick from',
  'people.names': 'names only, of the people one works with',
  'tokens.list': "one's own tokens",
  'calendars.mine': "one's own calendar addresses",
  'mail.preference': "one's own choice",
  'mail.reminders': 'whether reminders were sent, by reminder id',
  'tokens.listFor': 'token names and dates',
  'cycles.list': 'titles, dates and counts',
  'groups.list': 'questions, dates and counts',
  'tables.list': 'table names and counts',
  'tables.get': "a table's set-up and counts",
  'programmes.list': 'programme names',
  'programmes.get': "a programme's districts and categories",
  'partners.list': 'organisations',
  'checkpoints.overdue': 'checkpoint titles and dates',
};

describe('the audit trail through the API (NEN 7513)', () => {
  const system = useSystem('timeSkipping', { api: true });
  let token: string;
  /** Chris, as a script with a personal token: its fingerprint and user agent are in each entry. */
  let script: ReturnType<typeof createTRPCClient<AppRouter>>;
  let requests = 0;

  /**
   * The entries API calls wrote since `afterId`, oldest first: each has the client's address, which the worker's
   * entries (a workflow's changes in the record, in their own time) have not.
   */
  const entriesAfter = (afterId: number) =>
    system.record.db
      .select()
      .from(tables.auditLog)
      .where(and(gt(tables.auditLog.id, afterId), isNotNull(tables.auditLog.clientAddress)))
      .orderBy(tables.auditLog.id);
  const lastId = async () =>
    (
      await system.record.db
        .select({ id: tables.auditLog.id })
        .from(tables.auditLog)
        .orderBy(desc(tables.auditLog.id))
        .limit(1)
    )[0]?.id ?? 0;

  beforeAll(async () => {
    const { db } = system.record;
    await grantParts(db, { programmes: [programmeA] });
    await seedPeople(
      db,
      [
        {
          id: officer,
          name: 'Gerda Functionaris',
          email: 'gerda@example.org',
          organisation: 'Gemeente',
          active: true,
        },
      ],
      [
        { personId: leader, scope: 'programme', scopeId: programmeB, role: 'projectLeader' },
        { personId: officer, scope: 'installation', scopeId: 'installation', role: 'dataProtectionOfficer' },
      ],
    );
    ({ token } = await createApiToken(db, { userId: 'system' }, monitor, { name: 'audit test', days: 1 }));
    script = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: system.api.url,
          headers: { authorization: `Bearer ${token}`, 'user-agent': userAgent },
          // Counted, to see a batch go as one request.
          fetch: (url, init) => {
            requests += 1;
            return fetch(url as string, init);
          },
        }),
      ],
    });
    const anna = system.api.as(leader);
    await anna.programmes.create.mutate({
      id: programmeA,
      name: 'Audit A',
      projectLeader: leader,
      districts: ['West', 'Zuid'],
      managementTable: 'mt-audit',
    });
    await anna.cycles.launch.mutate(launchInput(new Date(), cycleA));
    await anna.cycles.launch.mutate(launchInput(new Date(), { programmeId: programmeB, number: 1 }));
    await anna.cycles.addQuestion.mutate({
      ...cycleA,
      text: 'Hoe betrekken we de school?',
      raisedIn: 'learningSession',
      level: 'team',
      category: 'collaborationWithPartners',
    });
    await eventually(
      () => anna.agenda.search.query({ programmeId: programmeA }),
      (questions) => questions.length > 0,
    );
  });

  it('states for every procedure how its calls are audited', () => {
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Partial<ProcedureMeta> } }>,
    );
    const unaccounted = procedures
      .filter(([path, procedure]) => procedure._def.meta?.audit === undefined && !(path in auditedElsewhere))
      .map(([path]) => path);
    expect(unaccounted, 'procedures that neither audit their calls nor say why not').toEqual([]);
    const both = procedures.filter(
      ([path, procedure]) => procedure._def.meta?.audit && path in auditedElsewhere,
    );
    expect(both.map(([path]) => path)).toEqual([]);
  });

  it('notes a read of a cycle page: who, in which capacity, the cycle, address, token and user agent', async () => {
    const since = await lastId();
    await script.cycles.get.query(cycleA);
    const [entry, ...more] = await entriesAfter(since);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actor: monitor,
      onBehalfOf: `monitor@programme:${programmeA}`,
      operation: 'read',
      action: 'cycles.get',
      recordType: 'cycle',
      recordId: `cycle/${programmeA}/1`,
      clientAddress: '127.0.0.1',
      userAgent,
    });
    expect(entry!.session).toMatch(/^token:[0-9a-f]{16}$/);
    expect(entry!.session).not.toContain(token);
  });

  it('notes an agenda search with the cycles whose questions it showed', async () => {
    const since = await lastId();
    const shown = await script.agenda.search.query({});
    expect(shown.length).toBeGreaterThan(0);
    const [entry] = await entriesAfter(since);
    expect(entry).toMatchObject({
      actor: monitor,
      operation: 'read',
      action: 'agenda.search',
      recordType: 'agenda',
      recordId: programmeA,
      details: { cycles: [`cycle/${programmeA}/1`], questions: shown.length },
      userAgent,
    });
  });

  it('notes reading and registering cases, the case codes included, from where', async () => {
    const since = await lastId();
    await script.cases.register.mutate({
      programmeId: programmeA,
      code: 'W-2026-042',
      district: 'West',
      novelty: 'new',
      ageGroup: '4-11',
      themes: ['safety'],
      broughtInBy: { organisation: 'SWT West', role: 'gezinscoach' },
      methodSteps: [],
      counterfactual: { care: 'youthMentalHealthCare' },
      doneInstead: ['ownEffortSwt'],
      notes: null,
    });
    await script.cases.stats.query({ programmeId: programmeA });
    const entries = await entriesAfter(since);
    expect(entries.map((e) => [e.operation, e.recordType, e.recordId])).toEqual([
      ['create', 'case', `${programmeA}/W-2026-042`],
      ['read', 'caseStatistics', programmeA],
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actor: monitor,
        onBehalfOf: `monitor@programme:${programmeA}`,
        clientAddress: '127.0.0.1',
        userAgent,
      });
    }
    expect(entries[1]!.details).toMatchObject({ caseCodes: ['W-2026-042'] });
  });

  it('notes a command on a process as a change, with the API call it came in by', async () => {
    const since = await lastId();
    await script.cycles.updateQuestion.mutate({
      ...cycleA,
      questionNumber: 1,
      text: 'Hoe betrekken we de scholen?',
    });
    const [entry] = await entriesAfter(since);
    expect(entry).toMatchObject({
      actor: monitor,
      operation: 'change',
      action: 'cycles.updateQuestion',
      recordType: 'cycle',
      recordId: `cycle/${programmeA}/1`,
      userAgent,
    });
  });

  it('notes each call of a batch on its own', async () => {
    const since = await lastId();
    const before = requests;
    await Promise.all([
      script.cycles.get.query(cycleA),
      script.agenda.byCategory.query({ programmeId: programmeA }),
      script.cycles.list.query({}),
    ]);
    expect(requests - before, 'HTTP requests').toBe(1);
    const entries = await entriesAfter(since);
    expect(entries.map((e) => e.action).sort()).toEqual(['agenda.byCategory', 'cycles.get']);
    expect(new Set(entries.map((e) => e.session))).toEqual(new Set([expect.stringMatching(/^token:/)]));
  });

  it('notes a refused cross-programme call, and FORBIDDEN says what it needs, not what the caller holds', async () => {
    const eva = system.api.as(participant);
    const since = await lastId();
    expect((await failureOf(eva.cycles.get.query({ programmeId: programmeB, number: 1 }))).data?.code).toBe(
      'NOT_FOUND',
    );
    const forbidden = await failureOf(eva.cases.stats.query({ programmeId: programmeA }));
    expect(forbidden.data?.code).toBe('FORBIDDEN');
    expect(forbidden.message).toBe(
      `This needs monitor or projectLeader of the programme (programme ${programmeA}).`,
    );
    expect(forbidden.message).not.toMatch(/participant/);
    const entries = await entriesAfter(since);
    expect(entries.map((e) => [e.actor, e.operation, e.recordId, e.details])).toEqual([
      [participant, 'refused', 'cycles.get', { code: 'NOT_FOUND', targets: [`programme:${programmeB}`] }],
      [participant, 'refused', 'cases.stats', { code: 'FORBIDDEN', targets: [`programme:${programmeA}`] }],
    ]);
    expect(entries[0]).toMatchObject({ clientAddress: '127.0.0.1', onBehalfOf: null });
  });

  it('notes a call made without signing in', async () => {
    const since = await lastId();
    expect((await failureOf(system.api.as().cycles.get.query(cycleA))).data?.code).toBe('UNAUTHORIZED');
    expect(await entriesAfter(since)).toEqual([
      expect.objectContaining({
        actor: 'anonymous',
        operation: 'refused',
        recordType: 'procedure',
        recordId: 'cycles.get',
        clientAddress: '127.0.0.1',
      }),
    ]);
  });

  it('shows the trail to the data-protection officer only, filtered, and notes that she read and exported it', async () => {
    const gerda = system.api.as(officer);
    // Chris read cycle A's page twice (once in a batch): one a page.
    const filter = { personId: monitor, recordType: 'cycle', operation: 'read' } as const;
    const page = await gerda.audit.list.query({ ...filter, limit: 1 });
    expect(page.entries).toEqual([
      expect.objectContaining({ actor: monitor, actorName: 'Chris Bakker', action: 'cycles.get', userAgent }),
    ]);
    const older = await gerda.audit.list.query({ ...filter, before: page.nextBefore!, limit: 1 });
    expect(older.entries).toEqual([expect.objectContaining({ action: 'cycles.get' })]);
    expect(older.entries[0]!.id).toBeLessThan(page.entries[0]!.id);
    expect(older.nextBefore).toBeNull();

    const since = await lastId();
    const exported = await gerda.audit.export.query({ personId: monitor });
    const lines = exported.csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id;at;actor;actor_name;on_behalf_of;operation;action;record_type;record_id;client_address;session;user_agent;details',
    );
    expect(lines.length - 1).toBe(exported.rows);
    expect(exported.truncated).toBe(false);
    expect(await entriesAfter(since)).toEqual([
      expect.objectContaining({
        actor: officer,
        onBehalfOf: 'dataProtectionOfficer@installation',
        operation: 'export',
        action: 'audit.export',
        recordId: monitor,
        details: { filter: { personId: monitor }, rows: exported.rows },
      }),
    ]);

    for (const other of [administrator, monitor]) {
      expect((await failureOf(system.api.as(other).audit.list.query({}))).data?.code).toBe('FORBIDDEN');
    }
    expect(
      (
        await failureOf(
          gerda.audit.list.query({ from: '2026-03-02T00:00:00Z', until: '2026-03-01T00:00:00Z' }),
        )
      ).message,
    ).toMatch(/until: the period ends before it starts/);
  });

  it('notes each report and export as an export: who, what, which cases', async () => {
    const chris = system.api.as(monitor);
    const since = await lastId();
    const report = await chris.reports.cycle.query(cycleA);
    expect(Buffer.from(report.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(report.fileName).toBe(`rapport-${programmeA}-cyclus-1.pdf`);
    const agenda = await chris.exports.agenda.query({ programmeId: programmeA, format: 'csv' });
    expect(Buffer.from(agenda.base64, 'base64').toString()).toContain('Hoe betrekken we de school?');
    expect(await entriesAfter(since)).toEqual([
      expect.objectContaining({
        actor: monitor,
        operation: 'export',
        action: 'reports.cycle',
        recordType: 'cycleReport',
        recordId: `cycle/${programmeA}/1`,
        details: { format: 'pdf', caseCodes: [] },
      }),
      expect.objectContaining({
        actor: monitor,
        operation: 'export',
        action: 'exports.agenda',
        recordType: 'agenda',
        recordId: programmeA,
        details: { format: 'csv', rows: agenda.rows },
      }),
    ]);
  });

  it('leaves a chain that holds', async () => {
    const report = await verifyAuditChain(system.record.db);
    expect(report.broken).toBeNull();
    expect(report.checked).toBe(await system.record.db.$count(tables.auditLog));
    const refusals = await system.record.db.$count(
      tables.auditLog,
      and(eq(tables.auditLog.operation, 'refused'), eq(tables.auditLog.actor, participant)),
    );
    expect(refusals).toBe(2);
  });
});
