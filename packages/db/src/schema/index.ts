export { programmes, districts, questionCategories, questionCategoryRenames } from './programmes.js';
export { partnerOrganisations } from './partners.js';
export {
  people,
  memberships,
  signInSessions,
  apiTokens,
  passwordCredentials,
  signInFailures,
  signInLinks,
} from './people.js';
export { processes } from './processes.js';
export { occurrences, occurrenceOrganisations, occurrenceCases } from './occurrences.js';
export {
  learningQuestions,
  questionActionEffects,
  questionActions,
  questionReformulations,
  questionVersions,
} from './agenda.js';
export { checkpoints, evaluations, developmentGoals, reminders } from './checkpoints.js';
export { cases } from './cases.js';
export { escalations, decisions } from './escalations.js';
export { groupObstacles, groupOutcomes } from './groups.js';
export { auditLog, appliedEvents } from './audit.js';
export { calendarFeeds } from './calendarFeeds.js';
export { messages, mailPreferences, unsubscribeLinks } from './messages.js';
