import type { z } from 'zod';
import {
  addDays,
  addMonths,
  type addQuestionInputSchema,
  type caseRegisterInputSchema,
  type CycleLaunchInput,
  type programmeCreateInputSchema,
  type TableConfigInput,
} from '@leercyclus/domain';

/**
 * What the demo programme holds, in the terms of the procedures that create it: two districts, a cycle that
 * started six weeks ago, questions in several categories, pseudonymised cases (codes only), an evaluation a
 * week overdue and a system question for the management table. Pure data, dated from `today`.
 */

export const demoProgrammeId = 'proeftuin-demo';
export const demoTable = 'managementtafel-jeugd';
export const demoCycleNumber = 1;
/** Owners and members among the demo's people (people.ts). */
const coordinator = 'bram.coordinator';
const monitor = 'chris.monitor';
const management = 'dana.management';

export const demoTableConfig: TableConfigInput = {
  slug: demoTable,
  name: 'Managementtafel Jeugd',
  members: [management],
  meeting: { nth: 1, weekday: 'wednesday', startTime: '15:00' },
};

export function demoProgramme(projectLeader: string): z.input<typeof programmeCreateInputSchema> {
  return {
    id: demoProgrammeId,
    name: 'Proeftuin samenspel in de wijk (demo)',
    projectLeader,
    districts: ['West', 'Zuid'],
    managementTable: demoTable,
  };
}

/** Overdue by a week: under the cycle's 14 days, so it waits on the coordinator rather than the table. */
export const overdueCheckpointTitle = 'Tussenevaluatie';

export function demoLaunch(today: string): CycleLaunchInput & { requestId: string } {
  const startsOn = addDays(today, -42);
  const endsOn = addDays(addMonths(startsOn, 3), -1);
  return {
    requestId: `demo-${demoProgrammeId}-${demoCycleNumber}`,
    programmeId: demoProgrammeId,
    number: demoCycleNumber,
    title: 'Proeftuin samenspel in de wijk — cyclus 1',
    startsOn,
    endsOn,
    districts: [
      { name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
      { name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 },
    ],
    programmeTeam: { weekday: 'monday', startTime: '10:00', durationMinutes: 90 },
    checkpoints: [
      { title: overdueCheckpointTitle, owner: coordinator, dueOn: addDays(today, -7), dueTime: '17:00' },
      { title: 'Gezamenlijke evaluatie', owner: coordinator, dueOn: endsOn, dueTime: '17:00' },
    ],
  };
}

/** The agenda, in several categories. */
export const demoQuestions: z.input<typeof addQuestionInputSchema>[] = [
  {
    text: 'Wanneer schakelen we Veilig Thuis in, en wie neemt dat besluit?',
    category: 'safety',
    level: 'practice',
    district: 'West',
    raisedIn: 'learningSession',
    responsible: monitor,
  },
  {
    text: 'Wat mogen we van scholen verwachten als een jongere thuis komt te zitten?',
    category: 'education',
    level: 'organisation',
    district: 'Zuid',
    raisedIn: 'learningSession',
    responsible: null,
  },
  {
    text: 'Hoe organiseren we de flexibele schil van partners zonder verwijzingsbesluiten?',
    category: 'collaborationWithPartners',
    level: 'system',
    district: null,
    raisedIn: 'programmeTeam',
    responsible: null,
  },
  {
    text: 'Hoe horen we de hulpvraag van ouders achter hun vraag om diagnostiek?',
    category: 'parentsCryForHelp',
    level: 'practice',
    district: 'Zuid',
    raisedIn: 'learningSession',
    responsible: monitor,
  },
  {
    text: 'Wat kan het wijkteam zelf doen voordat we specialistische hulp inzetten?',
    category: 'roleAndOwnEffortOfSwt',
    level: 'team',
    district: 'West',
    raisedIn: 'learningSession',
    responsible: null,
  },
  {
    text: 'Hoe houden we een brede blik als de druk om snel te handelen hoog is?',
    category: 'slowingDownBroadView',
    level: 'practice',
    district: 'West',
    raisedIn: 'learningSession',
    responsible: null,
  },
];

/** The system issue the programme cannot solve itself: the third question goes to the management table. */
export const demoEscalation = {
  questionIndex: 2,
  why: 'Inkoop en toegang liggen bij de gemeente; het programma kan dit niet zelf regelen.',
};

/** Cases by code only: who brought them in is an organisation and a role, never a person. */
export const demoCases: Omit<z.input<typeof caseRegisterInputSchema>, 'programmeId'>[] = [
  {
    code: 'W-001',
    district: 'West',
    novelty: 'new',
    ageGroup: '4-11',
    themes: ['separationConflict', 'school'],
    broughtInBy: { organisation: 'Sociaal Wijkteam West', role: 'jeugdprofessional' },
    methodSteps: ['genogram', 'fiveHypotheses'],
    counterfactual: { care: 'youthMentalHealthCare' },
    doneInstead: ['ownEffortSwt'],
  },
  {
    code: 'W-002',
    district: 'West',
    novelty: 'existing',
    ageGroup: '12-15',
    themes: ['safety', 'parenting'],
    broughtInBy: { organisation: 'Jeugdzorgaanbieder', role: 'gezinsbehandelaar' },
    methodSteps: ['genogram', 'systemogram', 'impactfulEvents'],
    counterfactual: { care: 'youthMentalHealthAndIntensiveAmbulant' },
    doneInstead: ['swtWithPsychologist', 'partnerOrganisation'],
  },
  {
    code: 'Z-001',
    district: 'Zuid',
    novelty: 'new',
    ageGroup: '0-3',
    themes: ['development', 'parenting'],
    broughtInBy: { organisation: 'Consultatiebureau', role: 'jeugdverpleegkundige' },
    methodSteps: ['genogram'],
    counterfactual: { care: 'intensiveAmbulantHelp' },
    doneInstead: ['socialBase'],
  },
  {
    code: 'Z-002',
    district: 'Zuid',
    novelty: 'existing',
    ageGroup: '16-17',
    themes: ['school', 'mentalHealth'],
    broughtInBy: { organisation: 'Voortgezet onderwijs', role: 'zorgcoördinator' },
    methodSteps: ['systemogram', 'fiveHypotheses'],
    counterfactual: { care: 'youthMentalHealthCare' },
    doneInstead: ['schoolSupport', 'ownEffortSwt'],
  },
];

/** The case the network closed without the care it would otherwise have needed. */
export const demoClosedCase = { code: 'W-001', reason: 'goalsReached', daysAgo: 10 } as const;

/** The partner organisations that come to each district's sessions. */
export const demoOrganisations: Record<string, string[]> = {
  West: ['Jeugdzorgaanbieder', 'Basisschool De Regenboog'],
  Zuid: ['Consultatiebureau', 'Voortgezet onderwijs'],
};

/** Attendance that varies from week to week, as it does. */
export function demoAttendance(week: number) {
  return {
    swtProfessionals: 5 + (week % 3),
    partnerProfessionals: 2 + (week % 2),
    parentsOrGuardians: week % 4 === 1 ? 1 : 0,
  };
}
