import { isIP } from 'node:net';

/** The names this machine is always reached by. */
export const loopbackNames = ['localhost', '127.0.0.1', '::1'];

/** A host name as compared: lower case, an IPv6 address without its brackets (`[::1]` is `::1`). */
export function normalHostname(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/** Whether a host name or address reaches this machine only: localhost, 127.0.0.0/8 or ::1. */
export function isLoopback(host: string): boolean {
  const name = normalHostname(host);
  if (name === 'localhost' || name === '::1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}
