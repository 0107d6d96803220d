import { describe, expect, it } from 'vitest';
import { emptyCheckpoint } from '../../../components/wizard/checkpointRows';
import {
  checkGroupWizard,
  emptyGroupForm,
  emptyMember,
  groupLaunchInput,
  groupWizardSteps,
  type GroupWizardForm,
} from './groupWizardForm';

function filledForm(): GroupWizardForm {
  return {
    ...emptyGroupForm('chris.monitor'),
    slug: 'alg-school-en-swt',
    question: 'Hoe betrekken we school eerder bij een casus?',
    theme: 'Samenwerking met onderwijs',
    startsOn: '2026-03-02',
    endsOn: '2026-05-29',
    members: [
      { ...emptyMember('eva.deelnemer'), organisation: 'SWT West' },
      {
        ...emptyMember(),
        displayName: 'Ervaringsdeskundige A',
        organisation: 'Cliëntenraad',
        role: 'expertByExperience',
      },
    ],
    blackoutDates: ['2026-04-29'],
  };
}

describe('the group launch wizard', () => {
  it('previews the meetings the workflow will plan: every other Wednesday, without the day off', () => {
    const result = checkGroupWizard(filledForm(), 'request-0001', 'anna.projectleider');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dates = result.meetings.map((meeting) => meeting.date);
    expect(dates[0]).toBe('2026-03-04');
    expect(dates).toContain('2026-04-15');
    expect(dates).not.toContain('2026-03-11');
    expect(dates).not.toContain('2026-04-29');
    expect(result.launch.checkpoints).toMatchObject([{ owner: 'chris.monitor', dueOn: '2026-05-29' }]);
  });

  it('sends the optional parts only when filled in', () => {
    const form = filledForm();
    const plain = groupLaunchInput(form, 'request-0001');
    expect(plain).not.toHaveProperty('fromCycleQuestion');
    expect(plain).not.toHaveProperty('checkpoints');
    expect(plain.members[1]).toEqual({
      displayName: 'Ervaringsdeskundige A',
      organisation: 'Cliëntenraad',
      role: 'expertByExperience',
    });
    const linked = groupLaunchInput(
      {
        ...form,
        fromCycleQuestion: { cycleId: 'cycle/proeftuin/1', questionNumber: 3 },
        checkpoints: [
          { ...emptyCheckpoint('bram.coordinator'), title: 'Tussenevaluatie', dueOn: '2026-04-15' },
        ],
      },
      'request-0001',
    );
    expect(linked).toMatchObject({
      fromCycleQuestion: { cycleId: 'cycle/proeftuin/1', questionNumber: 3 },
      checkpoints: [{ title: 'Tussenevaluatie', owner: 'bram.coordinator' }],
    });
  });

  it('names the wrong fields and the step that shows them', () => {
    const form: GroupWizardForm = {
      ...filledForm(),
      slug: 'ALG!',
      members: [emptyMember()],
      endsOn: '2026-02-01',
    };
    const result = checkGroupWizard(form, 'request-0001', 'anna.projectleider');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['slug', 'members.0.organisation', 'members.0.displayName']),
    );
    expect(groupWizardSteps.firstStepWithError(result.errors)).toBe('basics');
    expect(groupWizardSteps.errorsUpTo(result.errors, 'basics').map((error) => error.path)).toEqual(['slug']);
    expect(groupWizardSteps.stepOf('meetings.startTime')).toBe('schedule');
    expect(groupWizardSteps.stepOf('fromCycleQuestion.questionNumber')).toBe('basics');
  });
});
