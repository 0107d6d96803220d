/** Sending e-mail: the worker's delivery activities, the SMTP transport, and the Message-ID of a message. */
export { createMailActivities, type SendOutcome } from './activities.js';
export { messageIdFor } from './messageId.js';
export { smtpMailer, type Mailer } from './transport.js';
export { escapeHtml } from './escapeHtml.js';
