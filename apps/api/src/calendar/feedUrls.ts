/** Where calendar feeds are served: `/ical/<secret>.ics`. */
export const icalPrefix = '/ical';

/**
 * The addresses of a feed: https (or http) to paste into a calendar, and webcal, which a click hands to the
 * calendar application of the device.
 */
export function feedUrls(publicUrl: string, token: string): { url: string; webcal: string } {
  const url = new URL(`${icalPrefix}/${token}.ics`, publicUrl).toString();
  return { url, webcal: url.replace(/^https?:/, 'webcal:') };
}
