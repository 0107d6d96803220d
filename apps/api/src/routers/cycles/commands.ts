import { z } from 'zod';
import {
  addQuestionActionInputSchema,
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
  recordActionEffectInputSchema,
  recordSessionInputSchema,
  submitEvaluationInputSchema,
  updateQuestionInputSchema,
} from '@leercyclus/domain';
import {
  addQuestionActionUpdate,
  addQuestionUpdate,
  escalateQuestionUpdate,
  closeCycleUpdate,
  extendCycleUpdate,
  moveOccurrenceUpdate,
  recordActionEffectUpdate,
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

const cycleCommand = commandsOn('programme', cycleRefSchema, ({ programmeId, number }) => ({
  workflowId: cycleWorkflowId(programmeId, number),
  describe: describeCycle(programmeId, number),
  scopeId: programmeId,
}));

/** Those who keep the learning agenda: questions, their wording, escalation. */
const agendaKeepers = { programme: ['monitor', 'projectLeader', 'coordinator'] } as const;

export const cycleCommands = {
  recordSession: cycleCommand(
    { programme: ['monitor', 'projectLeader'] },
    recordSessionInputSchema,
    recordSessionUpdate,
    occurrenceSchema,
  ),
  addQuestion: cycleCommand(
    agendaKeepers,
    addQuestionInputSchema,
    addQuestionUpdate,
    learningQuestionSchema,
    { people: (command) => [['responsible', command.responsible]] },
  ),
  updateQuestion: cycleCommand(
    agendaKeepers,
    updateQuestionInputSchema,
    updateQuestionUpdate,
    learningQuestionSchema,
    { people: (command) => [['responsible', command.responsible]] },
  ),
  addQuestionAction: cycleCommand(
    agendaKeepers,
    addQuestionActionInputSchema,
    addQuestionActionUpdate,
    learningQuestionSchema,
    { people: (command) => [['takenBy', command.takenBy]] },
  ),
  recordActionEffect: cycleCommand(
    agendaKeepers,
    recordActionEffectInputSchema,
    recordActionEffectUpdate,
    learningQuestionSchema,
    { people: (command) => [['judgedBy', command.judgedBy]] },
  ),
  submitEvaluation: cycleCommand(
    { programme: ['coordinator', 'projectLeader', 'monitor'] },
    submitEvaluationInputSchema,
    submitEvaluationUpdate,
    checkpointSchema,
    {
      people: (command) =>
        command.developmentGoals.map((goal, i) => [`developmentGoals.${i}.owner`, goal.owner]),
    },
  ),
  moveOccurrence: cycleCommand(
    { programme: ['projectLeader', 'coordinator'] },
    moveOccurrenceInputSchema,
    moveOccurrenceUpdate,
    occurrenceSchema,
  ),
  escalateQuestion: cycleCommand(
    agendaKeepers,
    escalateQuestionInputSchema,
    escalateQuestionUpdate,
    learningQuestionSchema,
  ),
  extend: cycleCommand(
    { programme: ['projectLeader'] },
    extendCycleInputSchema,
    extendCycleUpdate,
    cycleExtensionSchema,
  ),
  close: cycleCommand(
    { programme: ['projectLeader'] },
    closeCycleInputSchema,
    closeCycleUpdate,
    cycleSummarySchema,
  ),
};
