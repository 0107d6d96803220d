/** What an SMTP send failing means for the message: try again later, or stop. */
export interface SmtpFailure {
  /** Refused for good (a 5xx answer such as an unknown recipient): sending it again would be refused again. */
  permanent: boolean;
  /** The server's answer, or what went wrong on the way to it, as the record keeps it. */
  reason: string;
}

interface SmtpErrorFields {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

/** Codes nodemailer gives a message it cannot even put together: sending it again changes nothing. */
const unsendable = new Set(['EENVELOPE', 'EMESSAGE', 'ECONFIG']);

/**
 * Classifies a failed send by the SMTP reply it got (RFC 5321): every 4yz reply is transient and so is 503 (bad
 * sequence: the session, not the message); any other 5yz reply is permanent. Without a reply the connection
 * failed (refused, timed out, TLS, authentication while the credentials are being fixed): transient. A message
 * that cannot be put together at all is permanent.
 */
export function classifySmtpError(error: unknown): SmtpFailure {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as SmtpErrorFields;
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const responseCode = typeof fields.responseCode === 'number' ? fields.responseCode : undefined;
  const response = typeof fields.response === 'string' ? fields.response.trim() : undefined;
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  if (responseCode !== undefined) {
    const permanent = responseCode >= 500 && responseCode < 600 && responseCode !== 503;
    return { permanent, reason: response ?? `${responseCode} ${message}` };
  }
  if (code !== undefined && unsendable.has(code)) return { permanent: true, reason: message };
  return {
    permanent: false,
    reason: code !== undefined && !message.includes(code) ? `${code}: ${message}` : message,
  };
}
