import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { authSettings } from '@leercyclus/config';
import type { Worker } from '@temporalio/worker';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter, type ProcedureMeta } from '@leercyclus/api';
import { signedInAs, tables } from '@leercyclus/db';
import { seedPeople, type HeldMembership } from '@leercyclus/db/testing';
import {
  addDays,
  dateInZone,
  groupRoles,
  programmeRoles,
  tableRoles,
  type Person,
  type ScopeKind,
} from '@leercyclus/domain';
import { eventually } from '../support/api.js';
import { groupLaunchInput } from '../support/groups.js';
import { launchInput } from '../support/launches.js';
import { testRecord, type TestRecord } from '../support/record.js';
import { testWorker, timeSkippingEnvironment } from '../support/temporal.js';

/**
 * Every procedure × every role × the caller's own scope or another's, from the procedures' own metadata, called
 * in-process. Two worlds, A and B, each with a programme, the management table it escalates to, a group of the
 * programme and a cycle; one person per role per world. Every call names world A: B's people must be refused
 * wherever A's are allowed, unless their role counts everywhere.
 */

type World = 'a' | 'b';
const worlds: readonly World[] = ['a', 'b'];
const scopeIds = (world: World) => ({
  programme: `prog-${world}`,
  table: `tafel-${world}`,
  group: `groep-${world}`,
});
type WorldScope = keyof ReturnType<typeof scopeIds>;

/** A role in one kind of scope, as the metadata names it. */
interface Part {
  scope: ScopeKind;
  role: string;
}
const parts: (Part & { scope: WorldScope })[] = [
  ...programmeRoles.map((role) => ({ scope: 'programme' as const, role })),
  ...tableRoles.map((role) => ({ scope: 'table' as const, role })),
  ...groupRoles.map((role) => ({ scope: 'group' as const, role })),
];
const personOf = (part: Part, world: World) => `${world}.${part.scope}.${part.role.toLowerCase()}`;
const administrator = 'beheerder';
const officer = 'functionaris';
/** Someone the samples name (to add, change, deactivate) who plays no part in the matrix. */
const bystander = 'iemand.anders';

const person = (id: string): Person => ({
  id,
  name: `Persoon ${id}`,
  email: `${id}@example.org`,
  organisation: 'Gemeente',
  active: true,
});
const matrixPeople = [
  ...worlds.flatMap((world) => parts.map((part) => personOf(part, world))),
  administrator,
  officer,
  bystander,
];
const matrixMemberships: HeldMembership[] = [
  { personId: administrator, scope: 'installation', scopeId: 'installation', role: 'administrator' },
  { personId: officer, scope: 'installation', scopeId: 'installation', role: 'dataProtectionOfficer' },
  ...worlds.flatMap((world) =>
    parts.map(
      (part) =>
        ({
          personId: personOf(part, world),
          scope: part.scope,
          scopeId: scopeIds(world)[part.scope],
          role: part.role,
        }) as HeldMembership,
    ),
  ),
];

interface Failure {
  code: string;
  message: string;
}

/** What the samples refer to in world A, found while setting it up. */
interface Fixture {
  today: string;
  escalationId: string;
}

/**
 * A valid call of each procedure in world A (it may still fail on the data: a closed cycle, a repeated id).
 * `reaches` lists the kinds of scope of world A the call acts on, when more than the procedure's own: a table's
 * configuration also reaches the programme that escalates to it.
 */
interface Sample {
  input?: (f: Fixture) => unknown;
  reaches?: ScopeKind[];
}
const { programme, table, group } = scopeIds('a');
const cycle = { programmeId: programme, number: 1 };
const samples: Record<string, Sample> = {
  health: {},
  'session.me': {},
  'session.people': {},
  'cycles.launch': {
    input: (f) => ({
      ...launchInput(new Date(`${f.today}T12:00:00Z`), { ...cycle, number: 2 }),
      requestId: 'matrix-launch-2',
    }),
  },
  'cycles.get': { input: () => cycle },
  'cycles.list': { input: () => ({}) },
  'cycles.recordSession': {
    input: () => ({
      ...cycle,
      occurrenceId: 'learningSession:west:2000-01-01',
      record: { attendance: { swtProfessionals: 3, partnerProfessionals: 1, parentsOrGuardians: 0 } },
    }),
  },
  'cycles.addQuestion': {
    input: () => ({
      ...cycle,
      text: 'Wat werkt?',
      raisedIn: 'learningSession',
      level: 'team',
      category: 'safety',
    }),
  },
  'cycles.updateQuestion': { input: () => ({ ...cycle, questionNumber: 1, text: 'Wat werkt echt?' }) },
  'cycles.addQuestionAction': {
    input: (f) => ({
      ...cycle,
      questionNumber: 1,
      text: 'Samen op huisbezoek',
      takenBy: bystander,
      startsOn: f.today,
    }),
  },
  'cycles.recordActionEffect': {
    input: (f) => ({
      ...cycle,
      questionNumber: 1,
      actionNumber: 1,
      text: 'Ouders voelen zich gehoord',
      observedOn: f.today,
      judgedBy: bystander,
      helped: 'partly',
    }),
  },
  'cycles.submitEvaluation': { input: () => ({ ...cycle, checkpointId: 'checkpoint-1' }) },
  'cycles.moveOccurrence': {
    input: () => ({
      ...cycle,
      occurrenceId: 'learningSession:west:2000-01-01',
      action: 'cancel',
      reason: 'Vakantie',
    }),
  },
  'cycles.escalateQuestion': { input: () => ({ ...cycle, questionNumber: 1, why: 'Systeemvraag' }) },
  'cycles.extend': { input: (f) => ({ ...cycle, endsOn: addDays(f.today, 200) }) },
  'cycles.close': { input: () => ({ ...cycle, reason: 'Matrix' }) },
  'checkpoints.overdue': { input: () => ({}) },
  'checkpoints.remind': { input: () => ({ ...cycle, checkpointId: 'checkpoint-1' }) },
  'escalations.inbox': { input: () => ({ table }) },
  'escalations.get': {
    input: (f) => ({ table, escalationId: f.escalationId }),
    reaches: ['table', 'programme'],
  },
  'escalations.respond': {
    input: (f) => ({ table, escalationId: f.escalationId, outcome: 'accepted', text: 'Akkoord' }),
  },
  'tables.list': {},
  'tables.upsert': { input: () => ({ slug: table, name: 'Tafel A' }), reaches: ['table', 'programme'] },
  'tables.get': { input: () => ({ table }), reaches: ['table', 'programme'] },
  'programmes.list': {},
  'programmes.get': { input: () => ({ id: programme }) },
  'programmes.update': { input: () => ({ id: programme, name: 'Programma van de matrix' }) },
  'programmes.create': {
    input: () => ({
      id: 'prog-nieuw',
      name: 'Nieuw programma',
      projectLeader: bystander,
      districts: ['West'],
      managementTable: 'tafel-nieuw',
    }),
  },
  'partners.list': {},
  'partners.upsert': {
    input: () => ({ name: 'Basisschool De Wilg', kind: 'primaryEducation', ring: 'core' }),
  },
  'cases.register': {
    input: () => ({
      programmeId: programme,
      code: 'W-2026-001',
      district: 'West',
      novelty: 'new',
      ageGroup: '4-11',
      themes: ['safety'],
      broughtInBy: { organisation: 'SWT West', role: 'gezinscoach' },
      methodSteps: [],
      counterfactual: { care: 'youthMentalHealthCare' },
      doneInstead: ['ownEffortSwt'],
      notes: null,
    }),
  },
  'cases.update': { input: () => ({ programmeId: programme, code: 'W-2026-001', ageGroup: '12-15' }) },
  'cases.close': {
    input: (f) => ({ programmeId: programme, code: 'W-2026-001', reason: 'goalsReached', closedOn: f.today }),
  },
  'cases.stats': { input: () => ({ programmeId: programme }) },
  'cases.list': { input: () => ({ programmeId: programme, status: 'open' }) },
  'cases.erase': { input: () => ({ programmeId: programme, code: 'W-2026-001' }) },
  'agenda.search': { input: () => ({}) },
  'agenda.byCategory': { input: () => ({ programmeId: programme }) },
  'agenda.stale': { input: () => ({}) },
  'agenda.onDate': { input: (f) => ({ ...cycle, date: f.today }) },
  'agenda.compare': { input: (f) => ({ ...cycle, from: addDays(f.today, -7), to: f.today }) },
  'groups.launch': {
    input: (f) => ({
      ...groupLaunchInput(new Date(`${f.today}T12:00:00Z`), {
        slug: 'groep-nieuw',
        programmeId: programme,
        facilitator: bystander,
        members: [{ displayName: 'Praktijkwerker W1', organisation: 'SWT West', role: 'practitioner' }],
      }),
      requestId: 'matrix-group-launch',
    }),
  },
  'groups.get': { input: () => ({ slug: group }) },
  'groups.list': { input: () => ({}) },
  'groups.join': {
    input: (f) => ({
      joinedOn: addDays(f.today, 1),
      slug: group,
      displayName: 'Ervaringsdeskundige E1',
      organisation: 'Zelf',
      role: 'expertByExperience',
    }),
  },
  'groups.leave': { input: () => ({ slug: group, memberId: 'member-99' }) },
  'groups.advance': {
    input: () => ({ slug: group, step: 'formulate', conclusion: 'Onze vraag is scherper.' }),
  },
  'groups.submitEvaluation': { input: () => ({ slug: group, checkpointId: 'checkpoint-1' }) },
  'groups.raiseObstacle': { input: () => ({ slug: group, text: 'Geen tijd in de roosters' }) },
  'groups.escalate': { input: () => ({ slug: group, obstacleId: 'obstacle-1', why: 'Systeem', table }) },
  'groups.complete': {
    input: () => ({ slug: group, embedded: ['Samen plannen'], lessons: ['Vroeg beginnen'] }),
  },
  'demo.load': {},
  'people.list': {},
  'people.get': { input: () => ({ id: bystander }) },
  'people.create': {
    input: () => ({ name: 'Nieuwe Collega', email: 'nieuw@example.org', organisation: 'Gemeente' }),
  },
  'people.update': { input: () => ({ id: bystander, organisation: 'Jeugdhulp Noord' }) },
  'people.deactivate': { input: () => ({ id: bystander }) },
  'people.setPassword': { input: () => ({ id: bystander, password: 'een wachtwoord van genoeg tekens' }) },
  'people.names': {},
  'memberships.list': { input: () => ({ scope: 'programme', scopeId: programme }) },
  'memberships.grant': {
    input: () => ({
      personId: bystander,
      membership: { scope: 'programme', scopeId: programme, role: 'participant' },
    }),
  },
  'memberships.revoke': {
    input: () => ({
      personId: bystander,
      membership: { scope: 'programme', scopeId: programme, role: 'participant' },
    }),
  },
  'tokens.list': {},
  'tokens.create': { input: () => ({ name: 'Script', days: 30 }) },
  'tokens.revoke': { input: () => ({ tokenId: 't-onbekend' }) },
  'tokens.listFor': { input: () => ({ personId: bystander }) },
  'tokens.revokeFor': { input: () => ({ personId: bystander, tokenId: 't-onbekend' }) },
  'calendars.mine': {},
  'calendars.createMine': {},
  'calendars.createForCycle': { input: () => cycle },
  'calendars.revoke': { input: () => ({ feedId: 'cal-onbekend' }) },
  'audit.list': { input: () => ({ recordType: 'cycle' }) },
  'audit.export': { input: () => ({ personId: bystander }) },
  'reports.cycle': { input: () => cycle },
  'reports.cycleView': { input: () => cycle },
  'reports.programme': { input: () => ({ programmeId: programme }) },
  'reports.programmeView': { input: () => ({ programmeId: programme }) },
  'reports.tableAgenda': { input: () => ({ table }) },
  'exports.agenda': { input: () => ({ programmeId: programme, format: 'csv' }) },
  'exports.sessions': { input: () => ({ programmeId: programme, cycle: 1, format: 'xlsx' }) },
  'exports.checkpoints': { input: () => ({ programmeId: programme, format: 'csv' }) },
  'exports.cases': { input: () => ({ programmeId: programme, format: 'xlsx' }) },
  'exports.partners': { input: () => ({ format: 'csv' }) },
  'mail.preference': {},
  'mail.setPreference': { input: () => ({ delivery: 'dailyDigest' }) },
  'mail.reminders': { input: () => cycle },
  'mail.sink': {},
};

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Partial<ProcedureMeta> } }>,
).map(([path, procedure]) => ({ path, meta: procedure._def.meta }));

/** Whether a person holding `part` in world `world` may make the sample call of a procedure on world A. */
function mayCall(meta: ProcedureMeta, sample: Sample, part: Part, world: World): boolean {
  const { access } = meta;
  switch (access.kind) {
    case 'public':
    case 'signedIn':
    case 'listed':
      return true;
    case 'somewhere':
      return (access.grants[part.scope] as readonly string[] | undefined)?.includes(part.role) ?? false;
    case 'scoped': {
      const roles = access.grants[part.scope] as readonly string[] | undefined;
      if (!roles?.includes(part.role)) return false;
      if (part.scope === 'installation') return true;
      const reaches = sample.reaches ?? (access.scope === 'group' ? ['group', 'programme'] : [access.scope]);
      return world === 'a' && reaches.includes(part.scope);
    }
  }
}

describe('access per scope, procedure by procedure', () => {
  let env: TestWorkflowEnvironment;
  let record: TestRecord;
  let worker: Worker;
  let running: Promise<void>;
  const fixture = {} as Fixture;

  const callerFor = async (personId: string | null) =>
    appRouter.createCaller({
      temporal: env.client,
      db: record.db,
      auth: authSettings({ AUTH: 'development' }),
      signedIn: personId === null ? null : await signedInAs(record.db, personId, 'development'),
      inFlight: { track: (work) => work, drained: async () => {} },
      origin: { address: '127.0.0.1', session: null, userAgent: 'access matrix' },
    });

  /** Calls a procedure by its path; answers the tRPC error it failed with (its code and message), or null. */
  async function attempt(personId: string | null, path: string, input: unknown): Promise<Failure | null> {
    const caller = await callerFor(personId);
    const call = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
    try {
      await (call as (input: unknown) => Promise<unknown>)(input);
      return null;
    } catch (error) {
      if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
        return { code: error.code, message: error.message };
      }
      throw error;
    }
  }

  const refusalsOf = (personId: string, path: string) =>
    record.db.$count(
      tables.auditLog,
      and(
        eq(tables.auditLog.action, 'refused'),
        eq(tables.auditLog.actor, personId),
        eq(tables.auditLog.recordId, path),
      ),
    );

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    record = await testRecord();
    worker = await testWorker(env, record);
    running = worker.run();
    await seedPeople(record.db, matrixPeople.map(person), matrixMemberships);
    fixture.today = dateInZone(new Date(), 'Europe/Amsterdam');
    const now = new Date(`${fixture.today}T12:00:00Z`);
    const admin = await callerFor(administrator);
    for (const world of worlds) {
      const ids = scopeIds(world);
      const leader = await callerFor(personOf({ scope: 'programme', role: 'projectLeader' }, world));
      await admin.tables.upsert({ slug: ids.table, name: `Tafel ${world.toUpperCase()}` });
      await admin.programmes.create({
        id: ids.programme,
        name: `Programma ${world.toUpperCase()}`,
        projectLeader: personOf({ scope: 'programme', role: 'projectLeader' }, world),
        districts: ['West', 'Zuid'],
        managementTable: ids.table,
      });
      await leader.cycles.launch(launchInput(now, { programmeId: ids.programme, number: 1 }));
      await leader.groups.launch(
        groupLaunchInput(now, {
          slug: ids.group,
          programmeId: ids.programme,
          facilitator: personOf({ scope: 'group', role: 'facilitator' }, world),
          members: [
            {
              userId: personOf({ scope: 'group', role: 'facilitator' }, world),
              organisation: 'SWT West',
              role: 'facilitator',
            },
            {
              userId: personOf({ scope: 'group', role: 'member' }, world),
              organisation: 'SWT West',
              role: 'practitioner',
            },
          ],
        }),
      );
      const question = await leader.cycles.addQuestion({
        programmeId: ids.programme,
        number: 1,
        text: `Hoe werken we samen in ${world.toUpperCase()}?`,
        raisedIn: 'learningSession',
        level: 'system',
        category: 'collaborationWithPartners',
      });
      const escalated = await leader.cycles.escalateQuestion({
        programmeId: ids.programme,
        number: 1,
        questionNumber: question.number,
        why: 'Een vraag voor de tafel',
      });
      if (world === 'a') fixture.escalationId = escalated.escalation!.id;
    }
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await record?.close();
  });

  it('a participant of programme A cannot read programme B', async () => {
    const participant = personOf({ scope: 'programme', role: 'participant' }, 'a');
    const eva = await callerFor(participant);
    const other = scopeIds('b');

    const cycleOfB = await attempt(participant, 'cycles.get', { programmeId: other.programme, number: 1 });
    expect(cycleOfB?.code).toBe('NOT_FOUND');
    expect(cycleOfB?.message).not.toContain('Hoe werken we');
    for (const [path, input] of [
      ['agenda.byCategory', { programmeId: other.programme }],
      ['cases.stats', { programmeId: other.programme }],
      ['programmes.get', { id: other.programme }],
      ['groups.get', { slug: other.group }],
    ] as const) {
      expect((await attempt(participant, path, input))?.code, path).toBe('NOT_FOUND');
    }

    const listed = await eventually(
      () => eva.cycles.list({}),
      (items) => items.length > 0,
    );
    expect(listed.map((c) => c.programmeId)).toEqual([programme]);
    expect(await eva.cycles.list({ programmeId: other.programme })).toEqual([]);
    const agenda = await eventually(
      () => eva.agenda.search({}),
      (questions) => questions.length > 0,
    );
    expect(new Set(agenda.map((q) => q.programmeId))).toEqual(new Set([programme]));
    expect(await eva.agenda.search({ programmeId: other.programme })).toEqual([]);
    expect(await eva.agenda.search({ cycleId: `cycle/${other.programme}/1` })).toEqual([]);
    expect((await eva.programmes.list()).map((p) => p.id)).toEqual([programme]);
    const groups = await eventually(
      () => eva.groups.list({}),
      (items) => items.length > 0,
    );
    expect(groups.map((g) => g.slug)).toEqual([group]);
    // Their own programme's case figures are not theirs either: cases are the monitors' and project leader's.
    expect((await attempt(participant, 'cases.stats', { programmeId: programme }))?.code).toBe('FORBIDDEN');
  });

  it('every procedure states who may call it and on which scope, and has a sample call here', () => {
    const unstated = procedures.filter(({ meta }) => meta?.access === undefined).map(({ path }) => path);
    expect(unstated, 'procedures without access metadata').toEqual([]);
    const unsampled = procedures.filter(({ path }) => !(path in samples)).map(({ path }) => path);
    expect(unsampled, 'procedures without a sample call in this test').toEqual([]);
  });

  for (const { path, meta } of procedures) {
    const sample = samples[path];
    it(`${path}: each role in its own scope and in another's`, async (context) => {
      if (!meta?.access || !sample) context.skip();
      const input = sample!.input?.(fixture);
      const anonymous = await attempt(null, path, input);
      if (meta!.access!.kind === 'public') expect(anonymous?.code, 'anonymous').not.toBe('UNAUTHORIZED');
      else expect(anonymous?.code, 'anonymous').toBe('UNAUTHORIZED');

      const callers = [
        {
          personId: administrator,
          part: { scope: 'installation', role: 'administrator' } as Part,
          world: 'a' as World,
        },
        {
          personId: officer,
          part: { scope: 'installation', role: 'dataProtectionOfficer' } as Part,
          world: 'a' as World,
        },
        ...worlds.flatMap((world) => parts.map((part) => ({ personId: personOf(part, world), part, world }))),
      ];
      for (const { personId, part, world } of callers) {
        const label = `${personId} on ${path}`;
        const before = await refusalsOf(personId, path);
        const error = await attempt(personId, path, input);
        const refusals = (await refusalsOf(personId, path)) - before;
        if (mayCall(meta as ProcedureMeta, sample!, part, world)) {
          expect(error?.code ?? 'OK', `${label}: allowed, ${error?.message}`).not.toMatch(
            /UNAUTHORIZED|FORBIDDEN/,
          );
          expect(refusals, `${label}: allowed, yet refused (${error?.message})`).toBe(0);
        } else {
          expect(error?.code, `${label}: refused`).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
          expect(refusals, `${label}: the refusal is audited`).toBe(1);
        }
      }
    });
  }
});
