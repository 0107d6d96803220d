import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import { addCalendarEntry, newCalendar, occurrenceEntry } from '@leercyclus/calendar';
import type { SessionInvitation } from '@leercyclus/domain';
import type { MailSettings } from '@leercyclus/config';

/** `Leercyclus <leercyclus@gemeente.nl>` → its name and address. */
function sender(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1]!.trim() || match[2]!, email: match[2]! } : { name: from, email: from };
}

/**
 * A session's invitation or cancellation as the calendar part of a message: the entry the feeds hold (same UID
 * and SEQUENCE), with the sender as organizer and the recipient as attendee, which calendar clients need to
 * offer "accept" on a REQUEST and to remove the event on a CANCEL.
 */
export function invitationEvent(
  invitation: SessionInvitation,
  settings: Pick<MailSettings, 'from' | 'publicUrl'>,
  recipient: { name: string; email: string },
): { method: 'REQUEST' | 'CANCEL'; filename: string; content: string } {
  const method = invitation.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = newCalendar({ method });
  const entry = occurrenceEntry(settings, invitation.page, invitation.occurrence, invitation.moves);
  const event = addCalendarEntry(calendar, entry, new Date());
  event.organizer(sender(settings.from));
  event.createAttendee({
    name: recipient.name,
    email: recipient.email,
    role: ICalAttendeeRole.REQ,
    status: ICalAttendeeStatus.NEEDSACTION,
    rsvp: false,
  });
  return { method: invitation.method, filename: 'uitnodiging.ics', content: calendar.toString() };
}
