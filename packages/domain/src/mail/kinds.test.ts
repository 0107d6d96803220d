import { describe, expect, it } from 'vitest';
import { isMandatory, messageContent } from './kinds.js';

const reminder = {
  processId: 'cycle/proeftuin/1',
  processTitle: 'Proeftuin — cyclus 1',
  checkpointId: 'tussenevaluatie',
  checkpointTitle: 'Tussenevaluatie',
  reminderKind: 'before' as const,
  dueAt: '2026-11-10T16:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  sentByName: null,
};

describe('a checkpoint reminder', () => {
  it('says in Dutch what is asked, by when in the programme’s time, and links to the checkpoint', () => {
    const content = messageContent('checkpointReminder', reminder);
    expect(content.subject).toBe(
      'Herinnering: evaluatie ‘Tussenevaluatie’ vóór dinsdag 10 november 2026 om 17:00',
    );
    expect(content.paragraphs).toEqual([
      'Je bent eigenaar van het evaluatiemoment ‘Tussenevaluatie’ van de leercyclus ‘Proeftuin — cyclus 1’.',
      'Wil je de evaluatie uiterlijk dinsdag 10 november 2026 om 17:00 indienen?',
    ]);
    expect(content.facts).toContainEqual({ label: 'Termijn', value: 'dinsdag 10 november 2026 om 17:00' });
    expect(content.action.path).toBe('/cycles/proeftuin/1?tab=checkpoints#checkpoint-tussenevaluatie');
  });

  it('is mandatory once overdue or when sent by hand, a courtesy before', () => {
    expect(isMandatory('checkpointReminder', reminder)).toBe(false);
    expect(isMandatory('checkpointReminder', { ...reminder, reminderKind: 'onDay' })).toBe(false);
    expect(isMandatory('checkpointReminder', { ...reminder, reminderKind: 'overdue' })).toBe(true);
    const manual = { ...reminder, reminderKind: 'manual' as const, sentByName: 'Anna de Vries' };
    expect(isMandatory('checkpointReminder', manual)).toBe(true);
    expect(messageContent('checkpointReminder', manual).subject).toBe(
      'Herinnering van Anna de Vries: evaluatie ‘Tussenevaluatie’',
    );
  });

  it('of a group links to the group’s checkpoints', () => {
    const content = messageContent('checkpointReminder', {
      ...reminder,
      processId: 'group/samen-aan-tafel',
      processTitle: null,
      reminderKind: 'overdue',
    });
    expect(content.subject).toBe('Te laat: evaluatie ‘Tussenevaluatie’');
    expect(content.action.path).toBe('/groups/samen-aan-tafel?tab=checkpoints#checkpoint-tussenevaluatie');
  });
});

describe('the daily digest', () => {
  it('counts its messages in the subject and lists each with its link', () => {
    const content = messageContent('dailyDigest', {
      date: '2026-11-10',
      items: [
        { subject: 'Herinnering: evaluatie ‘Tussenevaluatie’', facts: [], path: '/cycles/proeftuin/1' },
      ],
    });
    expect(content.subject).toBe('Leercyclus, overzicht van dinsdag 10 november 2026: 1 bericht');
    expect(content.items).toEqual([
      { heading: 'Herinnering: evaluatie ‘Tussenevaluatie’', facts: [], path: '/cycles/proeftuin/1' },
    ]);
  });

  it('refuses an unknown kind or a payload that does not fit its kind', () => {
    expect(() => messageContent('telegram', {})).toThrow('there is no message kind telegram');
    expect(() => messageContent('dailyDigest', { date: '2026-11-10', items: [] })).toThrow();
  });
});
