/** E-mail as the domain knows it: kinds of message and what each says, and how a person wants theirs. */
export {
  dailyDigestHour,
  defaultMailDelivery,
  mailDeliveries,
  mailDeliverySchema,
  messageStates,
  messageStatusSchema,
  type MailDelivery,
  type MessageState,
  type MessageStatus,
} from './delivery.js';
export {
  messageKind,
  type MessageAttachment,
  type MessageContent,
  type MessageKind,
  type SessionInvitation,
} from './content.js';
export { agendaOrder } from './tableAgenda.js';
export { weeklyDigestHour, weeklyDigestWeek } from './weeklyDigest.js';
export { originWords } from './escalationWords.js';
export { type CheckpointReminderPayload } from './checkpointReminder.js';
export {
  dailyDigestKind,
  isMandatory,
  messageContent,
  messageKinds,
  type MessageKindName,
  type PayloadOf,
} from './kinds.js';
