export {
  backends,
  openTestDatabase,
  testServerUrl,
  type Backend,
  type TestDatabase,
} from './testDatabase.js';
export { eachBackend } from './eachBackend.js';
export { migrationsBefore } from './migrationsBefore.js';
export { cycleEventsFor } from './cycleEvents.js';
export { groupEventsFor } from './groupEvents.js';
export { aProgramme } from './programmes.js';
export { rowsOf } from './rows.js';
export { aDecision, anAnsweredEscalation, escalationSource } from './escalations.js';
export { developmentPeople, developmentParts, partsIn, seedPeople, type HeldMembership } from './people.js';
export { silentServer, type SilentServer } from './silentServer.js';
export { aCycleWithTexts, type ClosedCycleOptions } from './closedCycle.js';
