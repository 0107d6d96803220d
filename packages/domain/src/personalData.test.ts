import { describe, expect, it } from 'vitest';
import { cycleLaunchInputSchema } from './cycleLaunch.js';
import { addQuestionInputSchema, submitEvaluationInputSchema } from './cycleCommands.js';
import { tableConfigSchema } from './escalation.js';
import { memberInputSchema } from './groupLaunch.js';
import { personalDataIn, type PersonalDataKind } from './personalData.js';
import { personSchema } from './people.js';

const found: Record<PersonalDataKind, string[]> = {
  birthDate: [
    'geboren op 12-03-2015',
    'kind van 3/4/2014 in beeld',
    'datum 12.03.2015',
    'jongste: 12/3/15',
    'oudste 01-11-09',
    'geboortedatum 2015-03-12',
    'sinds 12 maart 2015',
    'op 3 mrt. 2014',
    'op 3 mrt 2014 geboren',
    'geb. 12-mrt-2015',
    "12 mei '15",
    'born 5 March 2016',
    'geboren op 12 maart',
    'geb. 12-03',
    'DOB 4/7',
  ],
  bsn: ['BSN 111222333, moeder bekend', 'nummer 1112.22.333', 'bsn: 111 222 333', 'zie 123456782'],
  email: ['mail naar moeder@example.nl', 'j.de.vries+school@gemeente.utrecht.nl'],
  phone: [
    'bel 0612345678',
    'bel 06-12345678',
    'tel 06 12 34 56 78',
    'school 020-1234567',
    'via 010 123 45 67',
    'via (020) 123 4567',
    'vader +31 6 12345678',
    'vader +31612345678',
    'moeder 0031 6 1234 5678',
    'oma +31 (0)20 123 4567',
    'tante in België +32 2 123 45 67',
    'oom in Londen +44 20 7946 0958',
    'nicht 0049 30 1234567',
  ],
  postcode: ['woont op 1234 AB 12', 'adres 1234AB 5a', '3511 LK, nr. 7', 'postcode 1234ab 12'],
  address: [
    'woont Kerkstraat 12',
    'Dorpsweg 3a, achterom',
    'Burg. de Withstraat 4-II',
    'op de laan: Beukenlaan 120',
    'kerkstr. 5',
    'Oudegracht 231 bis',
  ],
};

/** What sessions, agendas and evaluations really say: none of it is personal data. */
const harmless = [
  'Vergadering 12 maart: drie casussen besproken, W-2026-014 en Z-2026-003.',
  'Volgende sessie op 12-03, in de Kerkzaal om 13:30 uur.',
  'Samenwerking met Lijn5 en Veilig Thuis verliep goed; 6 professionals aanwezig.',
  'Afspraak: 2 keer per week overleg van 45 minuten.',
  'Zorgkosten € 15.000 tot 20.000 per casus, gemiddeld 7000-9000 euro.',
  'Wijkteam West (postcodegebied 3500) en Zuid.',
  'Postcode 1234 AB zonder huisnummer is een straat, geen adres.',
  'Versie 2.1 van het werkplan; 2/3 van de ouders was aanwezig.',
  'Leeftijdsgroep 0-3 en 4-11; groep 7/8 van de basisschool.',
  'Op de snelweg 12 km file, een omweg 2 keer gemaakt.',
  'De arbeidsmarkt 2026 vraagt om meer jeugdprofessionals.',
  'Het leerpad 2 en de weg 3 weken terug besproken.',
  'Casusnummer 123456789 in het eigen dossier.',
  'Van 09:00-11:00 en van 13.30 tot 15.30.',
  'Budget 2026-2027 vastgesteld; evaluatie in het voorjaar van 2027.',
  'Cyclus 3 (maart-juni) van programma proeftuin-west-zuid.',
  'Team met 12 leden, 3 psychologen en 1 gedragswetenschapper.',
  'Score 8.5 op tevredenheid, NPS +45.',
  'Geboren en getogen in de wijk: de moeder kent iedereen.',
];

describe('the personal-data check', () => {
  for (const [kind, texts] of Object.entries(found)) {
    it(`finds a ${kind} in ${texts.length} common forms`, () => {
      for (const text of texts) expect(personalDataIn(text), text).toBe(kind);
    });
  }

  it('lets what sessions really write pass', () => {
    for (const text of harmless) expect(personalDataIn(text), text).toBeUndefined();
  });

  it('takes nine digits for a BSN only when they pass the elfproef', () => {
    expect(personalDataIn('dossier 111222333')).toBe('bsn');
    expect(personalDataIn('dossier 111222334')).toBeUndefined();
    expect(personalDataIn('dossier 000000000')).toBeUndefined();
  });

  it('leaves a session date without a year alone, and refuses one with a year', () => {
    expect(personalDataIn('vergadering 12 maart')).toBeUndefined();
    expect(personalDataIn('vergadering op 12-03')).toBeUndefined();
    expect(personalDataIn('vergadering 12 maart 2027')).toBe('birthDate');
    expect(personalDataIn('vergadering op 12-03-2027')).toBe('birthDate');
  });
});

describe('every free text of a launch or command is checked', () => {
  const launch = {
    requestId: 'request-0001',
    programmeId: 'proeftuin',
    number: 1,
    title: 'Voorjaar',
    startsOn: '2026-03-02',
    districts: [{ name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 }],
  };
  const refusedAt = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    result.error?.issues.map((issue) => issue.path.join('.'));

  it('the cycle title, district names and checkpoint titles and owners', () => {
    expect(cycleLaunchInputSchema.safeParse(launch).success).toBe(true);
    for (const [input, path] of [
      [{ ...launch, title: 'Cyclus familie Kerkstraat 12' }, 'title'],
      [{ ...launch, districts: [{ ...launch.districts[0], name: 'Wijk 1234 AB 5' }] }, 'districts.0.name'],
      [
        { ...launch, checkpoints: [{ title: 'Gesprek 06-12345678', dueOn: '2026-04-01' }] },
        'checkpoints.0.title',
      ],
      [
        { ...launch, checkpoints: [{ title: 'Evaluatie', owner: 'a@b.nl', dueOn: '2026-04-01' }] },
        'checkpoints.0.owner',
      ],
    ] as const) {
      expect(refusedAt(cycleLaunchInputSchema.safeParse(input)), path).toEqual([path]);
    }
  });

  it('a question’s district and responsible, a goal’s owner, a table’s name and members, an organisation', () => {
    const question = { text: 'Wat werkt?', raisedIn: 'learningSession', level: 'team', category: 'safety' };
    expect(refusedAt(addQuestionInputSchema.safeParse({ ...question, district: 'Kerkstraat 1' }))).toEqual([
      'district',
    ]);
    expect(refusedAt(addQuestionInputSchema.safeParse({ ...question, responsible: '0612345678' }))).toEqual([
      'responsible',
    ]);
    expect(
      refusedAt(
        submitEvaluationInputSchema.safeParse({
          checkpointId: 'checkpoint-1',
          developmentGoals: [{ text: 'Samen plannen', owner: '+31612345678' }],
        }),
      ),
    ).toEqual(['developmentGoals.0.owner']);
    expect(refusedAt(tableConfigSchema.safeParse({ slug: 'mt', name: 'Tafel 12-03-2015' }))).toEqual([
      'name',
    ]);
    expect(
      refusedAt(tableConfigSchema.safeParse({ slug: 'mt', name: 'Tafel', members: ['x@y.nl'] })),
    ).toEqual(['members.0']);
    expect(
      refusedAt(
        memberInputSchema.safeParse({
          displayName: 'W1',
          organisation: 'Kerkstraat 3',
          role: 'practitioner',
        }),
      ),
    ).toEqual(['organisation']);
  });

  it('but not a person’s own e-mail address or name', () => {
    const person = {
      id: 'anna.devries',
      name: 'anna@example.org',
      email: 'anna@example.org',
      organisation: 'Gemeente',
      active: true,
    };
    expect(personSchema.safeParse(person).success).toBe(true);
    expect(refusedAt(personSchema.safeParse({ ...person, organisation: 'Kerkstraat 1' }))).toEqual([
      'organisation',
    ]);
  });
});
