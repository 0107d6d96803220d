import { describe, expect, it } from 'vitest';
import {
  checkWizard,
  emptyCheckpoint,
  emptyDistrict,
  emptyWizardForm,
  errorsUpTo,
  firstStepWithError,
  launchInput,
  stepOf,
  type WizardForm,
} from './cycleWizardForm';

function filledForm(): WizardForm {
  return {
    ...emptyWizardForm(),
    programmeId: 'proeftuin',
    number: 2,
    title: 'Proeftuin samenspel, cyclus 2',
    startsOn: '2026-03-02',
    districts: [
      { ...emptyDistrict('West'), weekday: 'thursday' },
      { ...emptyDistrict('Zuid'), weekday: 'tuesday', startTime: '13:00' },
    ],
    blackoutDates: ['2026-04-28'],
  };
}

describe('the launch wizard', () => {
  it('computes the calendar the workflow will plan, with the defaults filled in', () => {
    const result = checkWizard(filledForm(), 'request-0001', 'anna.projectleider');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.launch.endsOn).toBe('2026-06-01');
    expect(result.launch.checkpoints).toMatchObject([{ owner: 'anna.projectleider', dueOn: '2026-06-01' }]);
    expect(result.calendar.some((o) => o.date === '2026-04-28')).toBe(false);
    expect(result.calendar.filter((o) => o.kind === 'partnerGathering')).toHaveLength(2);
  });

  it('sends the optional parts only when filled in', () => {
    const form = filledForm();
    expect(launchInput(form, 'request-0001')).not.toHaveProperty('checkpoints');
    expect(launchInput(form, 'request-0001')).not.toHaveProperty('programmeTeam');
    const withExtras: WizardForm = {
      ...form,
      fromCycle: 1,
      programmeTeam: { ...form.programmeTeam, enabled: true },
      checkpoints: [
        { ...emptyCheckpoint('bram.coordinator'), title: 'Tussenevaluatie', dueOn: '2026-04-15' },
      ],
    };
    expect(launchInput(withExtras, 'request-0001')).toMatchObject({
      fromCycle: 1,
      programmeTeam: { weekday: 'monday' },
      checkpoints: [{ title: 'Tussenevaluatie', owner: 'bram.coordinator', dueOn: '2026-04-15' }],
    });
  });

  it('names the fields of each step that are wrong, and only up to the current step', () => {
    const form: WizardForm = { ...emptyWizardForm(), programmeId: 'Proeftuin!' };
    const result = checkWizard(form, 'request-0001', 'anna.projectleider');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['programmeId', 'number', 'title', 'startsOn', 'districts.0.name']),
    );
    expect(errorsUpTo(result.errors, 'basics').map((error) => error.path)).not.toContain('districts.0.name');
    expect(firstStepWithError(result.errors)).toBe('basics');
    expect(stepOf('checkpoints.0.dueOn')).toBe('checkpoints');
    expect(stepOf('managementTable')).toBe('review');
  });
});
