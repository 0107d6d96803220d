import { z } from 'zod';
import {
  addQuestionInputSchema,
  escalateQuestionInputSchema,
  checkpointSchema,
  closeCycleInputSchema,
  cycleSummarySchema,
  cycleWorkflowId,
  cycleExtensionSchema,
  extendCycleInputSchema,
  learningQuestionSchema,
  moveOccurrenceInputSchema,
  occurrenceSchema,
  programmeIdSchema,
  recordSessionInputSchema,
  submitEvaluationInputSchema,
  updateQuestionInputSchema,
} from '@leercyclus/domain';
import {
  addQuestionUpdate,
  escalateQuestionUpdate,
  closeCycleUpdate,
  extendCycleUpdate,
  moveOccurrenceUpdate,
  recordSessionUpdate,
  submitEvaluationUpdate,
  updateQuestionUpdate,
} from '@leercyclus/workflows';
import { commandsOn } from '../../temporal/processCommand.js';

export const cycleRefSchema = z.object({
  programmeId: programmeIdSchema,
  number: z.number().int().min(1).max(999),
});

export function describeCycle(programmeId: string, number: number): string {
  return `Cycle ${number} of programme ${programmeId}`;
}

const cycleCommand = commandsOn(cycleRefSchema, ({ programmeId, number }) => ({
  workflowId: cycleWorkflowId(programmeId, number),
  describe: describeCycle(programmeId, number),
}));

export const cycleCommands = {
  recordSession: cycleCommand(
    ['monitor', 'projectLeader'],
    recordSessionInputSchema,
    recordSessionUpdate,
    occurrenceSchema,
  ),
  addQuestion: cycleCommand(
    ['monitor', 'projectLeader', 'coordinator'],
    addQuestionInputSchema,
    addQuestionUpdate,
    learningQuestionSchema,
  ),
  updateQuestion: cycleCommand(
    ['monitor', 'projectLeader', 'coordinator'],
    updateQuestionInputSchema,
    updateQuestionUpdate,
    learningQuestionSchema,
  ),
  submitEvaluation: cycleCommand(
    ['coordinator', 'projectLeader', 'monitor'],
    submitEvaluationInputSchema,
    submitEvaluationUpdate,
    checkpointSchema,
  ),
  moveOccurrence: cycleCommand(
    ['projectLeader', 'coordinator'],
    moveOccurrenceInputSchema,
    moveOccurrenceUpdate,
    occurrenceSchema,
  ),
  escalateQuestion: cycleCommand(
    ['monitor', 'projectLeader', 'coordinator'],
    escalateQuestionInputSchema,
    escalateQuestionUpdate,
    learningQuestionSchema,
  ),
  extend: cycleCommand(['projectLeader'], extendCycleInputSchema, extendCycleUpdate, cycleExtensionSchema),
  close: cycleCommand(['projectLeader'], closeCycleInputSchema, closeCycleUpdate, cycleSummarySchema),
};
