/** What the API, the worker and the tests import: message definitions, search attributes and start options. */
export {
  addQuestionActionUpdate,
  addQuestionUpdate,
  closeCycleUpdate,
  escalateQuestionUpdate,
  cycleStateQuery,
  extendCycleUpdate,
  moveOccurrenceUpdate,
  recordActionEffectUpdate,
  recordSessionUpdate,
  remindCheckpointUpdate,
  submitEvaluationUpdate,
  updateQuestionUpdate,
  type CycleState,
  type CycleSummary,
} from './learningCycle.js';
export { commandFailureTypes } from '../shared/commandErrors.js';
export type {
  CarriedCatchUp,
  CarriedCatchUpRequest,
  Delivery,
  MailActivities,
  MailPlanningActivities,
  RecordActivities,
  RetentionActivities,
  RoutingActivities,
  TableEvent,
} from '../activities.js';
export {
  searchAttributes,
  allSearchAttributeKeys,
  processKinds,
  processStatuses,
  type ProcessKind,
  type ProcessStatus,
} from './searchAttributes.js';
export { learningCycleStartOptions, managementTableStartOptions, type CycleMemo } from './startOptions.js';
export { taskQueue } from './taskQueue.js';
export type { learningCycle } from '../learningCycle/workflow.js';
export {
  configureTableSignal,
  escalateSignal,
  escalationAnsweredSignal,
  respondUpdate,
  tableStateQuery,
  type TableState,
} from './managementTable.js';
export type { managementTable } from '../managementTable/workflow.js';
export {
  advanceGroupUpdate,
  completeGroupUpdate,
  groupOutcomeSignal,
  escalateObstacleUpdate,
  groupStateQuery,
  joinGroupUpdate,
  leaveGroupUpdate,
  raiseObstacleUpdate,
  submitGroupEvaluationUpdate,
  type GroupOutcome,
  type GroupResult,
  type GroupState,
} from './actionLearningGroup.js';
export { actionLearningGroupStartOptions, type GroupMemo } from './groupStartOptions.js';
export type { actionLearningGroup } from '../actionLearningGroup/workflow.js';
export {
  retentionScheduleId,
  retentionScheduleOptions,
  retentionScheduleUpdate,
} from './retentionSchedule.js';
export type { retention } from '../retention/workflow.js';
export { mailDeliverySchedule, mailDeliveryScheduleId } from './mailDelivery.js';
export { mailPlanningSchedule, mailPlanningScheduleId } from './mailPlanning.js';
export type { deliverMail, DeliveryReport } from '../mail/deliverMail.js';
export type { planMail, PlanReport } from '../mail/planMail.js';
