/** Attendance names organisations as typed: one organisation is one key whatever its case and spacing. */
export function organisationKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
