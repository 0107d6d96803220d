import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import {
  addDays,
  cycleLaunchInputSchema,
  dateInZone,
  groupLaunchInputSchema,
  normalizeCycleLaunch,
  normalizeGroupLaunch,
  tableWorkflowId,
  type AdvanceGroupInput,
} from '@leercyclus/domain';
import { migrate, openDatabase } from '@leercyclus/db';
import { findTemporalBinary, projectRoot, registerSearchAttributes } from '@leercyclus/toolchain';
import { createLeercyclusWorker, workerActivities } from '@leercyclus/worker';
import {
  actionLearningGroupStartOptions,
  addQuestionActionUpdate,
  addQuestionUpdate,
  advanceGroupUpdate,
  allSearchAttributeKeys,
  completeGroupUpdate,
  groupStateQuery,
  joinGroupUpdate,
  leaveGroupUpdate,
  raiseObstacleUpdate,
  submitGroupEvaluationUpdate,
  closeCycleUpdate,
  configureTableSignal,
  cycleStateQuery,
  escalateQuestionUpdate,
  extendCycleUpdate,
  learningCycleStartOptions,
  managementTableStartOptions,
  moveOccurrenceUpdate,
  recordActionEffectUpdate,
  recordSessionUpdate,
  remindCheckpointUpdate,
  respondUpdate,
  submitEvaluationUpdate,
  tableStateQuery,
  updateQuestionUpdate,
} from '@leercyclus/workflows';
import { historyToJSON } from './historyJson.js';
import { recordDevServerCycle } from './histories/devServerCycle.js';
import { historyDataConverter } from './histories/keys.js';
import { recordContinuedTable, recordRaisingTable } from './histories/tables.js';

/**
 * Records the histories that CI replays against every later version of the workflow code (tests/histories):
 * a cycle that uses every command and timer (actions on a question and their effects too), the management table that answers it, an action-learning group,
 * tables whose reminders fire and that raise an item to their parent, a table that continues as new (both of
 * its runs), and a cycle driven on a real dev server.
 * Each recording is named by the day it was made and earlier ones stay, so the code keeps replaying what cycles
 * started under older versions did. Run after a deliberate behaviour change, never to paper over a replay
 * failure: that one needs `patched()`.
 */
Runtime.install({ logger: new DefaultLogger('WARN') });
// Encrypted as production stores them, with the TEST key the replay tests hold (tests/histories).
const converter = historyDataConverter();
const env = await TestWorkflowEnvironment.createTimeSkipping({
  server: { executable: { type: 'existing-path', path: findTemporalBinary('testServer').path } },
  client: { dataConverter: converter },
});
await registerSearchAttributes(env.connection, 'default', allSearchAttributeKeys);
const database = await openDatabase({ dataDir: 'memory://' });
await migrate(database);
const worker = await createLeercyclusWorker({
  connection: env.nativeConnection,
  namespace: 'default',
  dataConverter: converter,
  activities: workerActivities(env.client, database.db),
});
const folder = join(projectRoot, 'tests', 'histories');
mkdirSync(folder, { recursive: true });

const recordedOn = new Date().toISOString().slice(0, 10);

/** `<name>-<day>.json`, or `<name>-<day>.<n>.json` when the day already has one: a recording never replaces one. */
function unusedName(name: string): string {
  for (let n = 1; ; n++) {
    const file = `${name}-${recordedOn}${n === 1 ? '' : `.${n}`}.json`;
    if (!existsSync(join(folder, file))) return file;
  }
}

async function save(name: string, handle: WorkflowHandle): Promise<void> {
  const history = await handle.fetchHistory();
  const file = unusedName(name);
  writeFileSync(join(folder, file), historyToJSON(history));
  console.log(`recorded tests/histories/${file} (${history.events?.length ?? 0} events)`);
}

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 100));
}

const by = 'chris.monitor';
await worker.runUntil(async () => {
  const tableConfig = { slug: 'mt-jeugd', name: 'Managementtafel Jeugd', members: ['dana.management'] };
  const table = await env.client.workflow.signalWithStart('managementTable', {
    ...managementTableStartOptions(tableConfig),
    signal: configureTableSignal,
    signalArgs: [tableConfig],
  });
  const startsOn = addDays(dateInZone(new Date(await env.currentTimeMs()), 'Europe/Amsterdam'), 1);
  const launch = normalizeCycleLaunch(
    cycleLaunchInputSchema.parse({
      requestId: 'recorded-history-1',
      programmeId: 'proeftuin-samenspel',
      number: 1,
      title: 'Proeftuin samenspel in de wijk — cyclus 1',
      startsOn,
      districts: [
        { name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
        { name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 },
      ],
      programmeTeam: { weekday: 'monday', startTime: '10:00', durationMinutes: 90 },
      checkpoints: [{ title: 'Tussenevaluatie', owner: 'bram.coordinator', dueOn: addDays(startsOn, 20) }],
      managementTable: 'mt-jeugd',
    }),
    { launchedBy: 'anna.projectleider' },
  );
  const cycle = await env.client.workflow.start(
    'learningCycle',
    learningCycleStartOptions(launch, 'recorded-history-1'),
  );
  const ask = (text: string, level: 'system' | 'practice') =>
    cycle.executeUpdate(addQuestionUpdate, {
      args: [
        {
          by,
          input: {
            text,
            district: 'West',
            raisedIn: 'learningSession',
            occurrenceId: null,
            level,
            category: 'education',
            responsible: null,
          },
        },
      ],
    });
  await ask('Wie is verantwoordelijk voor zorg op school?', 'system');
  await ask('Hoe betrekken we school eerder?', 'practice');

  await env.sleep('8 days');
  let state = await cycle.query(cycleStateQuery);
  const held = state.occurrences.find((o) => o.status === 'due' && o.kind === 'learningSession')!;
  await cycle.executeUpdate(recordSessionUpdate, {
    args: [
      {
        by,
        input: {
          occurrenceId: held.id,
          record: {
            attendance: { swtProfessionals: 6, partnerProfessionals: 2, parentsOrGuardians: 1 },
            organisations: ['Jeugdhulp Rijnmond'],
            caseCodes: ['W-2026-001'],
            questionNumbers: [1, 2],
            notes: '',
          },
        },
      },
    ],
  });
  await cycle.executeUpdate(updateQuestionUpdate, {
    args: [
      {
        by,
        input: {
          questionNumber: 2,
          text: 'Wat heeft school nodig om zorgen vroeg te delen?',
          status: 'exploring',
        },
      },
    ],
  });
  await cycle.executeUpdate(addQuestionActionUpdate, {
    args: [
      {
        by,
        input: { questionNumber: 2, text: 'De intern begeleider schuift aan', takenBy: by, startsOn },
      },
    ],
  });
  const [toMove, toCancel] = state.occurrences.filter(
    (o) => o.status === 'planned' && o.kind === 'learningSession',
  );
  await cycle.executeUpdate(moveOccurrenceUpdate, {
    args: [
      {
        by: 'anna.projectleider',
        input: {
          occurrenceId: toMove!.id,
          action: 'move',
          date: addDays(toMove!.date, 1),
          reason: 'Zaal bezet',
        },
      },
    ],
  });
  await cycle.executeUpdate(moveOccurrenceUpdate, {
    args: [
      {
        by: 'anna.projectleider',
        input: { occurrenceId: toCancel!.id, action: 'cancel', reason: 'Studiedag' },
      },
    ],
  });
  const escalated = await cycle.executeUpdate(escalateQuestionUpdate, {
    args: [{ by, input: { questionNumber: 1, why: 'Scholen en SWT wijzen naar elkaar.' } }],
  });

  await env.sleep('17 days');
  await cycle.executeUpdate(recordActionEffectUpdate, {
    args: [
      {
        by,
        input: {
          questionNumber: 2,
          actionNumber: 1,
          text: 'School belt het wijkteam eerder',
          observedOn: addDays(startsOn, 14),
          judgedBy: 'bram.coordinator',
          helped: 'partly',
        },
      },
    ],
  });
  await cycle.executeUpdate(remindCheckpointUpdate, {
    args: [{ by: 'bram.coordinator', input: { checkpointId: 'checkpoint-1' } }],
  });
  await cycle.executeUpdate(submitEvaluationUpdate, {
    args: [
      {
        by: 'bram.coordinator',
        input: {
          checkpointId: 'checkpoint-1',
          sharpenedQuestions: [{ questionNumber: 2, text: 'Welke afspraken met scholen helpen het SWT?' }],
          developmentGoals: [{ text: 'Vaste contactpersoon per school', owner: null }],
          notes: '',
        },
      },
    ],
  });
  await until(async () => (await table.query(tableStateQuery)).open.length === 1);
  await env.client.workflow.getHandle(tableWorkflowId('mt-jeugd')).executeUpdate(respondUpdate, {
    args: [
      {
        by: 'dana.management',
        input: {
          escalationId: escalated.escalation!.id,
          outcome: 'accepted',
          text: 'De gemeente maakt afspraken.',
        },
      },
    ],
  });
  await until(async () => (await cycle.query(cycleStateQuery)).questions[0]!.status === 'answered');
  state = await cycle.query(cycleStateQuery);
  await cycle.executeUpdate(extendCycleUpdate, {
    args: [{ by: 'anna.projectleider', input: { endsOn: addDays(state.endsOn, 7) } }],
  });
  await cycle.executeUpdate(closeCycleUpdate, {
    args: [{ by: 'anna.projectleider', input: { reason: 'Afgerond' } }],
  });
  await cycle.result();
  await save('learningCycle-full', cycle);
  await save('managementTable-answering', env.client.workflow.getHandle(tableWorkflowId('mt-jeugd')));

  await recordActionLearningGroup();
  await recordRaisingTable(env, save);
  await recordContinuedTable(env, save);
});

/**
 * An action-learning group taken up from a running cycle's question: a whole iteration, members joining and
 * leaving, an obstacle, an overdue evaluation reminded and submitted, and completion sending the lesson back.
 */
async function recordActionLearningGroup(): Promise<void> {
  const now = new Date(await env.currentTimeMs());
  const startsOn = addDays(dateInZone(now, 'Europe/Amsterdam'), 1);
  const cycleInput = cycleLaunchInputSchema.parse({
    requestId: 'recorded-history-group-cycle',
    programmeId: 'proeftuin-samenspel',
    number: 2,
    title: 'Proeftuin samenspel in de wijk — cyclus 2',
    startsOn,
    districts: [{ name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 }],
  });
  const cycle = await env.client.workflow.start(
    'learningCycle',
    learningCycleStartOptions(
      normalizeCycleLaunch(cycleInput, { launchedBy: 'anna.projectleider' }),
      'recorded-history-group-cycle',
    ),
  );
  const question = await cycle.executeUpdate(addQuestionUpdate, {
    args: [
      {
        by,
        input: {
          text: 'Hoe komen we met school eerder tot een gedeelde aanpak?',
          district: 'West',
          raisedIn: 'learningSession',
          occurrenceId: null,
          level: 'organisation',
          category: 'education',
          responsible: null,
        },
      },
    ],
  });
  const launch = normalizeGroupLaunch(
    groupLaunchInputSchema.parse({
      requestId: 'recorded-history-group',
      slug: 'alg-school-en-swt',
      question: 'Hoe komen we samen met school eerder tot een gedeelde aanpak bij zorgen over een kind?',
      theme: 'verklarende analyse',
      facilitator: by,
      members: [
        { userId: by, organisation: 'Sociaal WijkTeam West', role: 'facilitator' },
        { displayName: 'Praktijkwerker W1', organisation: 'Sociaal WijkTeam West', role: 'practitioner' },
        { userId: 'eva.deelnemer', organisation: 'Jeugdhulp Rijnmond', role: 'practitioner' },
      ],
      meetings: { weekday: 'thursday', startTime: '15:00', durationMinutes: 120, everyWeeks: 2 },
      startsOn,
      endsOn: addDays(startsOn, 90),
      checkpoints: [{ title: 'Tussenevaluatie', owner: 'bram.coordinator', dueOn: addDays(startsOn, 20) }],
      fromCycleQuestion: { cycleId: cycle.workflowId, questionNumber: question.number },
    }),
    { launchedBy: 'anna.projectleider' },
  );
  const group = await env.client.workflow.start(
    'actionLearningGroup',
    actionLearningGroupStartOptions(launch, 'recorded-history-group'),
  );
  const first = (await group.query(groupStateQuery)).meetings[0]!;
  await env.sleep(Date.parse(first.startsAt) + 3_600_000 - (await env.currentTimeMs()));
  const step = (input: AdvanceGroupInput) =>
    group.executeUpdate(advanceGroupUpdate, { args: [{ by, input }] });
  await step({
    step: 'formulate',
    conclusion: 'De vraag aangescherpt.',
    meetingId: first.id,
    question: 'Wat heeft school nodig om zorgen vroeg met het SWT te delen?',
  });
  await step({ step: 'analyse', conclusion: 'Genogram en vijf hypothesen.' });
  await group.executeUpdate(joinGroupUpdate, {
    args: [
      {
        by,
        input: {
          displayName: 'Ervaringsdeskundige E1',
          organisation: 'Cliëntenraad',
          role: 'expertByExperience',
        },
      },
    ],
  });
  await step({ step: 'reflect', conclusion: 'We wachten te lang op een diagnose.' });
  await step({
    step: 'setGoal',
    conclusion: 'Afgesproken.',
    goal: 'School schuift aan bij nieuwe casussen.',
  });
  await step({
    step: 'act',
    conclusion: 'Gedaan.',
    action: 'Gesprek met de intern begeleider.',
    takenBy: ['member-2'],
  });
  await group.executeUpdate(leaveGroupUpdate, {
    args: [{ by, input: { memberId: 'member-2', reason: 'Andere functie' } }],
  });
  await step({ step: 'evaluate', conclusion: 'Geëvalueerd.', changed: 'School belt eerder.' });
  await group.executeUpdate(raiseObstacleUpdate, {
    args: [{ by, input: { text: 'Scholen hebben geen formatie voor overleg.', level: 'system' } }],
  });

  await env.sleep('20 days');
  await group.executeUpdate(remindCheckpointUpdate, {
    args: [{ by: 'bram.coordinator', input: { checkpointId: 'checkpoint-1' } }],
  });
  await group.executeUpdate(submitGroupEvaluationUpdate, {
    args: [
      {
        by: 'bram.coordinator',
        input: {
          checkpointId: 'checkpoint-1',
          developmentGoals: [{ text: 'Vast aanspreekpunt', owner: null }],
          notes: '',
        },
      },
    ],
  });
  await step({ step: 'formulate', conclusion: 'Tweede ronde begonnen.' });
  await group.executeUpdate(completeGroupUpdate, {
    args: [
      {
        by,
        input: {
          embedded: ['De intern begeleider schuift aan bij het SWT-overleg.'],
          notEmbedded: [{ what: 'Vast aanspreekpunt per school', why: 'Geen formatie.' }],
          lessons: ['Vroeg samen kijken met school voorkomt verwijzingen.'],
        },
      },
    ],
  });
  await group.result();
  await save('actionLearningGroup-full', group);
  await cycle.executeUpdate(closeCycleUpdate, {
    args: [{ by: 'anna.projectleider', input: { reason: 'Afgerond' } }],
  });
}

await env.teardown();
await database.close();
await recordDevServerCycle(save);
