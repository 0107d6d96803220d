export { addCalendarEntry, type CalendarEntry } from './calendarEntry.js';
export { newCalendar } from './newCalendar.js';
export { calendarFeed } from './feed.js';
export { vtimezone } from './timeZones.js';
export { type ProcessPage, type Site } from './entries/site.js';
export { occurrenceEntry } from './entries/occurrence.js';
export { checkpointEntry } from './entries/checkpoint.js';
export { groupMeetingEntry } from './entries/groupMeeting.js';
export { tableMeetingEntry } from './entries/tableMeeting.js';
