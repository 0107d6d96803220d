/**
 * Case records and free text hold no personal data (docs/domain.md, "Cases and avoided cost"). These checks
 * refuse what would identify a child or family: something that looks like a date of birth, a Dutch citizen
 * service number (BSN), an e-mail address or a phone number. They return the reason, in words a user
 * understands, or undefined.
 */
const datePatterns = [
  /\b(0?[1-9]|[12]\d|3[01])[-/.](0?[1-9]|1[0-2])[-/.](19|20)\d{2}\b/,
  /\b(19|20)\d{2}[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])\b/,
  /\b(0?[1-9]|[12]\d|3[01])\s+(jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?\s+(19|20)\d{2}\b/i,
];
const emailPattern = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const phonePattern = /(\+31|\b0)[\s-]?[1-9](?:[\s-]?\d){8}\b/;

/** The Dutch "elfproef" that every BSN passes. */
function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && digits !== '000000000';
}

export function personalDataProblem(text: string): string | undefined {
  if (datePatterns.some((pattern) => pattern.test(text))) {
    return 'looks like a date of birth; record an age group instead, never a birth date';
  }
  if (emailPattern.test(text)) return 'contains an e-mail address; case records hold no personal data';
  for (const match of text.match(/\d[\d\s.-]{7,12}\d/g) ?? []) {
    if (isBsn(match.replace(/[\s.-]/g, ''))) return 'contains what looks like a BSN; use the case code only';
  }
  if (phonePattern.test(text)) return 'contains a phone number; case records hold no personal data';
  return undefined;
}
