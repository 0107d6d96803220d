import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  AddQuestionActionInput,
  AddQuestionInput,
  Checkpoint,
  CloseCycleInput,
  Command,
  EscalateQuestionInput,
  CycleExtension,
  CycleState,
  CycleSummary,
  ExtendCycleInput,
  LearningQuestion,
  MoveOccurrenceInput,
  Occurrence,
  RecordActionEffectInput,
  RecordSessionInput,
  Reminder,
  RemindCheckpointInput,
  SubmitEvaluationInput,
  UpdateQuestionInput,
} from '@leercyclus/domain/workflow';

export type { CycleState, CycleSummary };

export const cycleStateQuery = defineQuery<CycleState>('cycleState');

export const recordSessionUpdate = defineUpdate<Occurrence, [Command<RecordSessionInput>]>('recordSession');
export const addQuestionUpdate = defineUpdate<LearningQuestion, [Command<AddQuestionInput>]>('addQuestion');
export const updateQuestionUpdate = defineUpdate<LearningQuestion, [Command<UpdateQuestionInput>]>(
  'updateQuestion',
);
export const submitEvaluationUpdate = defineUpdate<Checkpoint, [Command<SubmitEvaluationInput>]>(
  'submitEvaluation',
);
export const moveOccurrenceUpdate = defineUpdate<Occurrence, [Command<MoveOccurrenceInput>]>(
  'moveOccurrence',
);
export const remindCheckpointUpdate = defineUpdate<Reminder, [Command<RemindCheckpointInput>]>(
  'remindCheckpoint',
);
export const extendCycleUpdate = defineUpdate<CycleExtension, [Command<ExtendCycleInput>]>('extendCycle');
export const closeCycleUpdate = defineUpdate<CycleSummary, [Command<CloseCycleInput>]>('closeCycle');
export const escalateQuestionUpdate = defineUpdate<LearningQuestion, [Command<EscalateQuestionInput>]>(
  'escalateQuestion',
);
export const addQuestionActionUpdate = defineUpdate<LearningQuestion, [Command<AddQuestionActionInput>]>(
  'addQuestionAction',
);
export const recordActionEffectUpdate = defineUpdate<LearningQuestion, [Command<RecordActionEffectInput>]>(
  'recordActionEffect',
);
