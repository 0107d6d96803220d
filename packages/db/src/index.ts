export { openDatabase, defaultDataDir, type Database, type OpenDatabaseOptions } from './openDatabase.js';
export { migrate, migrateAsOwner } from './migrate.js';
export { DataDirInUseError } from './dataDirLock.js';
export { servePglite, type PgliteServer } from './pgliteServer.js';
export type { Db } from './database.js';
export {
  appendAudit,
  auditOperations,
  type Actor,
  type AuditEntry,
  type AuditOperation,
  type RequestOrigin,
} from './audit.js';
export { RecordError } from './errors.js';
export { verifyAuditChain, type ChainBreak, type ChainReport } from './auditChain/verify.js';
export { auditLogPowers, describeAuditLogGuard, runtimeRole } from './auditChain/runtimeRole.js';
export { applyCycleEvents } from './cycleEvents/apply.js';
export { applyTableEvents } from './tableEvents/apply.js';
export {
  createRecordActivities,
  invalidRecordData,
  logRefused,
  type RecordActivities,
} from './activities.js';
export {
  recordFailureKind,
  RefusedEvents,
  type RecordFailureKind,
  type RefusedEvent,
} from './recordFailure.js';
export { recordAnswerAtSource } from './tableEvents/answerOnRecord.js';
export { recordGroupOutcome } from './groupEvents/outcome.js';
export { createProgramme, getProgramme, listProgrammes, updateProgramme } from './repositories/programmes.js';
export { listPartners, upsertPartner } from './repositories/partners.js';
export { closeCase, listCases, registerCase, updateCase } from './repositories/cases.js';
export { caseStats } from './repositories/caseStats.js';
export { programmeCases, programmeOrId, tableItems, type TableItem } from './repositories/reportRecord.js';
export { eraseCase } from './repositories/caseErasure.js';
export { purgeExpired } from './retention/purge.js';
export { agendaByCategory, searchAgenda } from './repositories/agenda.js';
export { staleQuestions } from './repositories/staleQuestions.js';
export { agendaOnDate } from './repositories/agendaOnDate.js';
export { listCycles, type CycleFilters } from './repositories/cycles.js';
export { answersOn } from './repositories/decisions.js';
export { outcomesFor } from './repositories/groupOutcomes.js';
export { obstaclesOf } from './repositories/obstacles.js';
export { carriedOverBy, recordedCycle } from './repositories/cycleRecord.js';
export { cycleLaunchSlot, type CycleLaunchSlot } from './repositories/cycleLaunch.js';
export { listOverdueCheckpoints, type OverdueCheckpoint } from './repositories/checkpoints.js';
export {
  createPerson,
  findPerson,
  findPersonByEmail,
  findPersonByOidcSubject,
  linkOidcSubject,
  listPeople,
  signedInAs,
  updatePerson,
  type PersonCreateInput,
  type PersonPatch,
} from './repositories/people.js';
export {
  grantMembership,
  membershipsIn,
  membershipsOf,
  revokeMembership,
} from './repositories/memberships.js';
export { lockout, setPassword, verifyPassword, type PasswordCheck } from './repositories/passwords.js';
export {
  endSession,
  resolveSession,
  startSession,
  type SessionLimits,
  type SessionOrigin,
} from './repositories/sessions.js';
export {
  apiTokenPrefix,
  createApiToken,
  listApiTokens,
  resolveApiToken,
  revokeApiToken,
  type ApiTokenRequest,
  type ApiTokenSummary,
} from './repositories/apiTokens.js';
export { createSignInLink, useSignInLink } from './repositories/signInLinks.js';
export {
  calendarFeedPrefix,
  createCalendarFeed,
  listCalendarFeeds,
  resolveCalendarFeed,
  revokeCalendarFeed,
  type CalendarFeed,
  type CalendarFeedSummary,
  type CalendarFeedTarget,
} from './repositories/calendarFeeds.js';
export { calendarProcesses, occurrenceMoves, type CalendarProcess } from './repositories/calendarSources.js';
export { listOutbox, type OutboxReminder } from './repositories/outbox.js';
export { readAuditTrail } from './repositories/auditTrail.js';
export * as tables from './schema/index.js';
export { applyGroupEvents } from './groupEvents/apply.js';
export { listGroups, recordedGroupQuestion, type GroupFilters } from './repositories/groups.js';
export { pingRecord } from './ping.js';
export { queueMessage, type MessageToQueue } from './mail/queue.js';
export {
  invitationPreferenceOf,
  mailPreferenceOf,
  setInvitationPreference,
  setMailPreference,
} from './mail/preferences.js';
export { createUnsubscribeLink, unsubscribe, unsubscriberOf, type Unsubscriber } from './mail/unsubscribe.js';
export {
  markFailed,
  markSent,
  messagesToSend,
  noteRetry,
  outgoingMessage,
  startAttempt,
  type OutgoingMessage,
} from './mail/delivery.js';
export { reminderMailOf } from './mail/statuses.js';
export { knownTables, queueTableAgenda, type TableMeeting } from './mail/agendas.js';
export { queueWeeklyDigests } from './mail/weeklyDigests.js';
