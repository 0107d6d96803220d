/**
 * What workflow code may import: the types, the pure functions and the command schemas its validators use.
 * Workflow code evaluates every module it imports once per workflow (the SDK's reusable V8 context keeps a
 * module cache per workflow), so this entry leaves out the record, case and state schemas the main entry
 * also carries for the API and the panel.
 */
export type { LearningQuestion } from './agenda.js';
export { addDays, addMonths, clockTimeInZone, dateInZone, endOfDate, zonedInstant } from './calendar.js';
export {
  dueReminderSlot,
  reminderSlotAt,
  type Checkpoint,
  type Reminder,
  type ReminderRules,
} from './checkpoint.js';
export { byStartThenId, cycleCalendar, type Occurrence } from './cycleCalendar.js';
export { commandSchema, type Command } from './command.js';
export {
  addQuestionInputSchema,
  closeCycleInputSchema,
  extendCycleInputSchema,
  moveOccurrenceInputSchema,
  recordSessionInputSchema,
  remindCheckpointInputSchema,
  submitEvaluationInputSchema,
  updateQuestionInputSchema,
  type AddQuestionInput,
  type CloseCycleInput,
  type ExtendCycleInput,
  type MoveOccurrenceInput,
  type RecordSessionInput,
  type RemindCheckpointInput,
  type SubmitEvaluationInput,
  type UpdateQuestionInput,
} from './cycleCommands.js';
export {
  actionsOf,
  addQuestionActionInputSchema,
  recordActionEffectInputSchema,
  type ActionEffect,
  type AddQuestionActionInput,
  type QuestionAction,
  type RecordActionEffectInput,
} from './questionActions.js';
export { cycleWorkflowId, type CheckpointPlan, type CycleLaunch } from './cycleLaunch.js';
export type { CycleExtension, CycleState, CycleSummary, RecordFailure } from './cycleState.js';
export {
  defaultTableName,
  escalateQuestionInputSchema,
  respondInputSchema,
  tableConfigSchema,
  tableWorkflowId,
  type EscalateQuestionInput,
  type EscalationAnswer,
  type EscalationItem,
  type EscalationRequest,
  type EscalationWording,
  type RespondInput,
  type TableConfig,
  type TableConfigInput,
} from './escalation.js';
export { answeredObstacle, answeredQuestion } from './escalationAnswer.js';
export { groupMeetings } from './groupCalendar.js';
export {
  advanceGroupInputSchema,
  completeGroupInputSchema,
  escalateObstacleInputSchema,
  groupSteps,
  joinGroupInputSchema,
  leaveGroupInputSchema,
  raiseObstacleInputSchema,
  submitGroupEvaluationInputSchema,
  type AdvanceGroupInput,
  type CompleteGroupInput,
  type EscalateObstacleInput,
  type GroupStep,
  type JoinGroupInput,
  type LeaveGroupInput,
  type RaiseObstacleInput,
  type SubmitGroupEvaluationInput,
} from './groupCommands.js';
export { groupWorkflowId, memberKey, type GroupLaunch } from './groupLaunch.js';
export { answeredByGroup, outcomeConcerns } from './groupOutcomeAnswer.js';
export type {
  ConcludedStep,
  GroupCompletion,
  GroupMeeting,
  GroupMember,
  GroupOutcome,
  GroupRecordEvent,
  GroupRecordHeader,
  GroupResult,
  GroupState,
  LessonReturn,
  Obstacle,
} from './groupState.js';
export { escalationDueAt } from './monthlyMeeting.js';
export {
  cycleRecordHeader,
  type CycleRecordEvent,
  type CycleRecordHeader,
  type TableEvent,
} from './recordEvents.js';
export {
  purgeLine,
  purgedCount,
  retentionKinds,
  type PurgeRequest,
  type PurgeResult,
  type RetentionKind,
  type RetentionPolicy,
} from './retention.js';
