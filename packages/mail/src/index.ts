/** Sending e-mail: composing a kept message, the SMTP transport, and the worker's delivery activities. */
export {
  createMailActivities,
  giveUpAfterMs,
  type MailActivityImplementations,
  type SendOutcome,
} from './activities.js';
export { composeMail, type Addressed } from './compose.js';
export { messageIdFor } from './messageId.js';
export { renderHtml, renderText, type Addressing } from './render.js';
export { classifySmtpError, type SmtpFailure } from './smtpErrors.js';
export { smtpMailer, type Mailer } from './transport.js';
