export {
  backends,
  openTestDatabase,
  testServerUrl,
  type Backend,
  type TestDatabase,
} from './testDatabase.js';
export { eachBackend } from './eachBackend.js';
export { cycleEventsFor } from './cycleEvents.js';
export { groupEventsFor } from './groupEvents.js';
export { aProgramme } from './programmes.js';
export { rowsOf } from './rows.js';
export { aDecision, anAnsweredEscalation, escalationSource } from './escalations.js';
export { developmentPeople, developmentParts, partsIn, seedPeople, type HeldMembership } from './people.js';
export { migrationsBefore } from './migrations.js';
