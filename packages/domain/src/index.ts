/** Everything the API and the panel use: what workflow code may import (./workflow.ts), and the rest. */
export * from './workflow.js';
export { defaultTimeZone, isoDateSchema, weekdays, weekdaySchema, type Weekday } from './calendar.js';
export { weeklyOccurrences, type DatedSlot, type WeeklySchedule, type WeeklySlot } from './schedule.js';
export {
  checkpointInputSchema,
  cycleLaunchInputSchema,
  defaultCadence,
  defaultEscalateOverdueAfterDays,
  districtSlotSchema,
  normalizeCycleLaunch,
  partnerGatheringInputSchema,
  programmeIdSchema,
  weeklySlotSchema,
  type CycleLaunchInput,
  type DistrictSlot,
  type LaunchContext,
  type PartnerGatheringPlan,
} from './cycleLaunch.js';
export {
  occurrenceKinds,
  occurrenceSchema,
  occurrenceStatuses,
  slug,
  type OccurrenceKind,
  type OccurrenceStatus,
} from './cycleCalendar.js';
export {
  cycleExtensionSchema,
  cycleListItemSchema,
  cycleStateSchema,
  cycleSummarySchema,
  processStatusSchema,
  recordFailureSchema,
  type CycleListItem,
} from './cycleState.js';
export { userQuestionStatusSchema } from './cycleCommands.js';
export {
  actionEffectSchema,
  actionHelpedSchema,
  actionHelpedValues,
  awaitsEffect,
  defaultActionEffectAfterWeeks,
  questionActionSchema,
} from './questionActions.js';
export {
  defaultStaleAfterCycles,
  defaultStaleAfterWeeks,
  lastChangeOf,
  staleness,
  staleQuestionSchema,
  type StaleQuestion,
  type StaleSettings,
} from './staleQuestions.js';
export {
  agendaComparisonInputSchema,
  agendaComparisonSchema,
  agendaOnDateInputSchema,
  agendaOnDateSchema,
  compareAgendas,
  type AgendaComparison,
} from './agendaOnDate.js';

export {
  defaultQuestionCategories,
  learningQuestionSchema,
  organisationalLevels,
  organisationalLevelSchema,
  questionCategorySchema,
  questionStatuses,
  questionStatusSchema,
  raisedInSchema,
  raisedInValues,
  safeTextSchema,
} from './agenda.js';
export {
  checkpointSchema,
  checkpointStatuses,
  evaluationSchema,
  reminderCadenceSchema,
  reminderSchema,
  type Evaluation,
  type ReminderCadence,
} from './checkpoint.js';
export {
  sessionRecordSchema,
  recordedSessionSchema,
  type RecordedSession,
  type SessionRecord,
} from './sessionRecord.js';
export { caseCodeSchema } from './cases.js';
export {
  personalDataIn,
  personalDataKinds,
  personalDataMessages,
  personalDataProblem,
  type PersonalDataKind,
} from './personalData.js';
export { personRefSchema } from './safeText.js';

export {
  districtNameSchema,
  programmeCreateInputSchema,
  programmeSchema,
  programmeUpdateInputSchema,
  type ProgrammeUpdateInput,
  userIdSchema,
  type Programme,
  type ProgrammeCreateInput,
} from './programmeRecord.js';
export {
  partnerSchema,
  partnerUpsertInputSchema,
  type Partner,
  type PartnerKind,
  type PartnerRing,
  type PartnerUpsertInput,
} from './partners.js';
export {
  ageGroups,
  caseCloseInputSchema,
  caseEraseInputSchema,
  caseErasureSchema,
  caseListInputSchema,
  caseNovelties,
  caseRecordSchema,
  caseRegisterInputSchema,
  caseThemes,
  doneInsteadOptions,
  caseStatsInputSchema,
  caseStatsSchema,
  caseUpdateInputSchema,
  methodSteps,
  type CaseCloseInput,
  type CaseEraseInput,
  type CaseErasure,
  type CaseListInput,
  type CaseRecord,
  type CaseRegisterInput,
  type CaseStats,
  type CaseUpdateInput,
} from './caseRecord.js';
export {
  avoidedCostOf,
  avoidedCostSummary,
  caseCloseReasons,
  counterfactualAmountOf,
  counterfactualCareAmounts,
  counterfactualCares,
  type CaseCostFacts,
} from './avoidedCost.js';
export { caseStatistics } from './caseStatistics.js';
export {
  agendaByCategoryInputSchema,
  agendaCategoryCountSchema,
  agendaQuestionSchema,
  agendaSearchInputSchema,
  type AgendaCategoryCount,
  type AgendaQuestion,
  type AgendaSearchInput,
} from './agendaQueries.js';
export {
  decisionOutcomes,
  decisionSchema,
  escalationAnswerSchema,
  escalationItemSchema,
  escalationRequestSchema,
  escalationSourceSchema,
  escalationStatuses,
  escalationWordingSchema,
  monthlyMeetingSchema,
  tableSlugSchema,
  type Decision,
  type EscalationSource,
  type EscalationWording,
} from './escalation.js';
export { monthlyMeetingsBetween, nextMonthlyMeeting } from './monthlyMeeting.js';

export {
  cycleIdSchema,
  cycleQuestionLinkSchema,
  groupLaunchInputSchema,
  groupMeetingCadenceSchema,
  groupSlugSchema,
  memberFieldsSchema,
  memberInputSchema,
  memberRoles,
  memberRoleSchema,
  normalizeGroupLaunch,
  programmeOfCycle,
  type CycleQuestionLink,
  type GroupLaunchInput,
  type GroupMeetingCadence,
  type GroupMemberPlan,
  type MemberInput,
  type MemberRole,
} from './groupLaunch.js';
export { groupStepSchema } from './groupCommands.js';
export {
  concludedStepSchema,
  groupCompletionSchema,
  groupListItemSchema,
  groupMeetingSchema,
  groupMeetingStatuses,
  groupMemberSchema,
  groupOutcomeSchema,
  groupResultSchema,
  groupStateSchema,
  iterationSchema,
  lessonReturnSchema,
  membershipSchema,
  obstacleSchema,
  obstacleStatuses,
  questionWordingSchema,
  type GroupListItem,
  type Iteration,
} from './groupState.js';
export {
  groupRoles,
  holds,
  installationRoles,
  scopedMembershipSchema,
  personIdSchema,
  personSchema,
  programmeRoles,
  scopesWhere,
  tableRoles,
  type GroupRole,
  type InstallationRole,
  type Membership,
  type Person,
  type ProgrammeRole,
  type ScopeKind,
  type SignedIn,
  type TableRole,
} from './people.js';
export { maxCallsPerBatch } from './batch.js';
export {
  auditEntrySchema,
  auditExportSchema,
  auditFilterSchema,
  auditOperations,
  auditPageInputSchema,
  auditPageSchema,
  type AuditFilter,
  type AuditOperation,
  type AuditTrailEntry,
} from './audit.js';
export * from './mail/index.js';
export {
  checkpointAnchor,
  checkpointPath,
  cyclePath,
  escalationAnchor,
  escalationPath,
  escalationSourcePath,
  groupPath,
  mailPreferencesPath,
  overdueCheckpointsPath,
  personPath,
  programmePath,
  reportPath,
  tableInboxPath,
  unsubscribePath,
} from './panelPaths.js';
export { escapeHtml } from './escapeHtml.js';
