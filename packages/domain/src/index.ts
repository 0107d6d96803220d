export {
  addDays,
  addMonths,
  clockTimeInZone,
  dateInZone,
  defaultTimeZone,
  endOfDate,
  isoDateSchema,
  weekdays,
  weekdaySchema,
  zonedInstant,
  type Weekday,
} from './calendar.js';
export { weeklyOccurrences, type DatedSlot, type WeeklySchedule, type WeeklySlot } from './schedule.js';
export {
  checkpointInputSchema,
  cycleLaunchInputSchema,
  cycleWorkflowId,
  defaultCadence,
  districtSlotSchema,
  normalizeCycleLaunch,
  partnerGatheringInputSchema,
  programmeIdSchema,
  weeklySlotSchema,
  type CheckpointPlan,
  type CycleLaunch,
  type CycleLaunchInput,
  type DistrictSlot,
  type LaunchContext,
  type PartnerGatheringPlan,
} from './cycleLaunch.js';
export {
  cycleCalendar,
  occurrenceKinds,
  occurrenceSchema,
  occurrenceStatuses,
  slug,
  type Occurrence,
  type OccurrenceKind,
  type OccurrenceStatus,
} from './cycleCalendar.js';
export {
  cycleListItemSchema,
  cycleStateSchema,
  cycleSummarySchema,
  processStatusSchema,
  type CycleListItem,
  type CycleState,
  type CycleSummary,
} from './cycleState.js';
export {
  addQuestionInputSchema,
  closeCycleInputSchema,
  commandSchema,
  extendCycleInputSchema,
  moveOccurrenceInputSchema,
  recordSessionInputSchema,
  remindCheckpointInputSchema,
  submitEvaluationInputSchema,
  updateQuestionInputSchema,
  userQuestionStatusSchema,
  type AddQuestionInput,
  type CloseCycleInput,
  type Command,
  type ExtendCycleInput,
  type MoveOccurrenceInput,
  type RecordSessionInput,
  type RemindCheckpointInput,
  type SubmitEvaluationInput,
  type UpdateQuestionInput,
} from './cycleCommands.js';
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
  type LearningQuestion,
} from './agenda.js';
export {
  checkpointSchema,
  checkpointStatuses,
  dueReminderSlot,
  evaluationSchema,
  reminderCadenceSchema,
  reminderSchema,
  reminderSlotAt,
  type Checkpoint,
  type Evaluation,
  type Reminder,
  type ReminderCadence,
} from './checkpoint.js';
export {
  sessionRecordSchema,
  recordedSessionSchema,
  type RecordedSession,
  type SessionRecord,
} from './sessionRecord.js';
export { caseCodeSchema } from './cases.js';
export { personalDataProblem } from './personalData.js';
export type { CycleRecordEvent, CycleRecordHeader } from './recordEvents.js';
export { developmentUsers, roles, roleSchema, type Role, type User } from './roles.js';
export * from './programmeRecord.js';
export * from './partners.js';
export * from './caseRecord.js';
export * from './avoidedCost.js';
export * from './caseStatistics.js';
export * from './agendaQueries.js';
export {
  decisionOutcomes,
  decisionSchema,
  escalateQuestionInputSchema,
  escalationAnswerSchema,
  escalationItemSchema,
  escalationRequestSchema,
  escalationSourceSchema,
  escalationStatuses,
  monthlyMeetingSchema,
  respondInputSchema,
  tableConfigSchema,
  tableSlugSchema,
  tableWorkflowId,
  type Decision,
  type EscalateQuestionInput,
  type EscalationAnswer,
  type EscalationItem,
  type EscalationRequest,
  type EscalationSource,
  type RespondInput,
  type TableConfig,
  type TableConfigInput,
} from './escalation.js';
export { escalationDueAt, nextMonthlyMeeting } from './monthlyMeeting.js';
export * from './groupLaunch.js';
export * from './groupCommands.js';
export * from './groupState.js';
export { escalateObstacleInputSchema, type EscalateObstacleInput } from './groupCommands.js';
