/**
 * The report's Dutch words for the record's codes. The panel has its own in apps/web/src/i18n/nl.json (with
 * English beside them); a report is always Dutch, and its server has no i18next, so these are the report's own.
 * A code without a word here (a programme's own category) is shown as its code.
 */
const words = {
  questionCategory: {
    collaborationWithPartners: 'Samenwerking met partners',
    safety: 'Veiligheid',
    diagnosisOrTreatmentRequest: 'Vraag om diagnose of behandeling',
    normalising: 'Normaliseren',
    roleAndOwnEffortOfSwt: 'Rol en eigen inzet van het SWT',
    parentsCryForHelp: 'Hulpvraag van ouders',
    slowingDownBroadView: 'Vertragen en breed kijken',
    education: 'Onderwijs',
    internalSupport: 'Interne ondersteuning',
    monitoring: 'Monitoring',
    futureAndEmbedding: 'Toekomst en borging',
  },
  questionStatus: {
    open: 'open',
    exploring: 'in onderzoek',
    answered: 'beantwoord',
    escalated: 'bij managementtafel',
    carriedOver: 'overgedragen',
  },
  level: { practice: 'praktijk', team: 'team', organisation: 'organisatie', system: 'systeem' },
  raisedIn: {
    learningSession: 'leersessie',
    programmeTeam: 'programmateam',
    partnerGathering: 'partnerbijeenkomst',
    parents: 'gesprek met ouders',
    evaluation: 'evaluatie',
  },
  occurrenceKind: {
    learningSession: 'leersessie',
    programmeTeamMeeting: 'programmateamoverleg',
    partnerGathering: 'partnerbijeenkomst',
  },
  occurrenceStatus: { planned: 'gepland', due: 'te registreren', held: 'gehouden', cancelled: 'geannuleerd' },
  checkpointStatus: { pending: 'open', overdue: 'te laat', submitted: 'ingediend' },
  decisionOutcome: {
    accepted: 'aangenomen',
    declined: 'afgewezen',
    referred: 'doorverwezen',
    needsInformation: 'meer informatie nodig',
  },
  counterfactualCare: {
    none: 'geen',
    youthMentalHealthCare: 'jeugd-ggz',
    intensiveAmbulantHelp: 'intensieve ambulante hulp',
    youthMentalHealthAndIntensiveAmbulant: 'jeugd-ggz en intensieve ambulante hulp',
    other: 'anders',
  },
  caseStatus: { open: 'open', closed: 'afgesloten' },
  closeReason: {
    goalsReached: 'doelen bereikt',
    continuedInBasicSupport: 'verder in de basisondersteuning',
    referredToSpecialisedCare: 'toch verwezen naar specialistische zorg',
    movedAway: 'verhuisd',
    other: 'anders',
  },
  novelty: { new: 'nieuw', existing: 'bestaand' },
  cycleStatus: { running: 'lopend', closed: 'afgesloten' },
  partnerKind: {
    youthCareProvider: 'jeugdhulpaanbieder',
    primaryEducation: 'primair onderwijs',
    secondaryEducation: 'voortgezet onderwijs',
    specialEducation: 'speciaal onderwijs',
    socialBase: 'sociale basis',
    childcare: 'kinderopvang',
    certifiedInstitution: 'gecertificeerde instelling',
    police: 'politie',
    municipality: 'gemeente',
    other: 'anders',
  },
  partnerRing: { core: 'kern', flexibleShell: 'flexibele schil', outer: 'daarbuiten' },
  actionHelped: { yes: 'geholpen', partly: 'deels geholpen', no: 'niet geholpen', tooEarly: 'nog te vroeg' },
  weekday: {
    monday: 'maandag',
    tuesday: 'dinsdag',
    wednesday: 'woensdag',
    thursday: 'donderdag',
    friday: 'vrijdag',
    saturday: 'zaterdag',
    sunday: 'zondag',
  },
} as const;

export type LabelKind = keyof typeof words;

/** The Dutch word for a code of a kind, or the code itself. */
export function label(kind: LabelKind, code: string): string {
  return (words[kind] as Record<string, string>)[code] ?? code;
}
