/** What the panel's cycle and group halves differ in: their procedures, addresses and sections of texts. */
export const processKinds = {
  cycle: {
    launch: 'cycles.launch',
    listPath: '/cycles',
    launchPath: '/cycles/new',
    launchLabel: 'nav.newCycle',
    listTexts: 'cycleList',
    wizardTexts: 'launch',
  },
  group: {
    launch: 'groups.launch',
    listPath: '/groups',
    launchPath: '/groups/new',
    launchLabel: 'nav.newGroup',
    listTexts: 'groups',
    wizardTexts: 'groupWizard',
  },
} as const;

export type ProcessKind = keyof typeof processKinds;
