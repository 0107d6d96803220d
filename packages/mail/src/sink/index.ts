/** The local SMTP sink of the embedded default and the tests, and reading back what it kept. */
export { startMailSink, type MailSink, type MailSinkOptions, type SinkRefusal } from './server.js';
export { readSink, readSinkMessage, type SinkMessage } from './read.js';
