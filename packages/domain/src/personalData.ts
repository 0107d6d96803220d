/**
 * Case records and free text hold no personal data (docs/domain.md, "Cases and avoided cost";
 * docs/data-protection.md). These checks find what would identify a child or family: a date of birth, a Dutch
 * citizen service number (BSN), an e-mail address, a phone number, a postcode with its house number or a street
 * address. The API refuses such text (`safeTextSchema`) and the panel warns beside the field as it is typed.
 *
 * They are tuned for what sessions really write: a day and month without a year ("vergadering 12 maart"), times,
 * amounts, age groups, case codes and four-digit postcode areas pass; a full date with a year does not, as the
 * calendar already dates every session and a year is what makes a date point at a person.
 */
export const personalDataKinds = ['birthDate', 'bsn', 'email', 'phone', 'postcode', 'address'] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

/** What the API answers for each kind (in English, as its other messages); the panel words them itself. */
export const personalDataMessages: Record<PersonalDataKind, string> = {
  birthDate: 'looks like a date of birth; record an age group instead, never a birth date',
  bsn: 'contains what looks like a BSN; use the case code only',
  email: 'contains an e-mail address; record no personal data',
  phone: 'contains a phone number; record no personal data',
  postcode: 'contains a postcode with a house number; record no personal data',
  address: 'contains what looks like a street address; record no personal data',
};

const day = '(?:0?[1-9]|[12]\\d|3[01])';
const month = '(?:0?[1-9]|1[0-2])';
const monthName =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|mrt|mar(?:ch)?|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|' +
  'aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const fullYear = '(?:19|20)\\d{2}';

const birthDatePatterns = [
  // 12-03-2015, 12/3/2015, 12.03.2015
  new RegExp(`(?<!\\d)${day}[-/.]${month}[-/.]${fullYear}(?!\\d)`),
  // 12-03-15, 12/3/15: the same separator twice, so a version number or a score is not taken for one
  new RegExp(`(?<![\\d.,/-])${day}([-/.])${month}\\1\\d{2}(?![\\d.,/-])`),
  // 2015-03-12
  new RegExp(`(?<!\\d)${fullYear}[-/.]${month}[-/.]${day}(?!\\d)`),
  // 12 maart 2015, 12 mrt. '15, 12-mrt-2015
  new RegExp(`(?<!\\d)${day}[\\s-]*${monthName}\\.?[\\s-]+(?:${fullYear}|'\\d{2})(?!\\d)`, 'i'),
  // geboren op 12 maart, geb. 12-03: a day and a month said to be someone's birthday
  new RegExp(
    `\\b(?:geboren|geb\\.|geboortedatum|born|DOB)[^\\n]{0,20}?(?<!\\d)${day}(?:[\\s-]*${monthName}\\b|[-/.]${month}(?!\\d))`,
    'i',
  ),
];

/** Nine digits, perhaps grouped (123456782, 1234.56.782, 123 456 782), checked by the elfproef below. */
const bsnCandidate = /(?<![\d.,])(?:\d[ .-]?){8}\d(?![\d]|[.,]\d)/g;

/** The Dutch "elfproef" that every BSN passes. */
function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  return (sum - Number(digits[8])) % 11 === 0;
}

const emailPattern = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;

const phonePatterns = [
  // 0612345678, 06-12345678, 06 12 34 56 78, 020-1234567, 010 123 45 67: ten digits from a leading 0
  /(?<![\d+.,])0[1-9](?:[ .-]?\d){8}(?![\d]|[.,]\d)/,
  // (020) 123 4567, (0548) 123456
  /\(0[1-9]\d{1,2}\)[ -]?(?:\d[ .-]?){5,6}\d(?!\d)/,
  // +31 6 12345678, 0031 (0)20 123 4567, +32 2 123 45 67, +44 20 7946 0958: a country code and its number
  /(?:(?<![\w+])\+|(?<!\d)00)[1-9]\d{0,2}[ .-]?(?:\(0\)[ .-]?)?(?:\d[ .-]?){5,12}\d(?!\d)/,
];

// 1234 AB 12, 1234AB 12a, 1234 AB, nr. 5: a Dutch postcode (letters in capitals, or written straight after
// the digits) with a house number
const postcodeWithNumber =
  /(?<![\w])[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})(?![A-Za-z])[\s,]*(?:(?:nr|no|huisnummer)\.?\s*)?\d{1,5}(?!\d)/;

const streetSuffix =
  '(?:straat|str\\.|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|plantsoen|markt|allee|hof|wal|haven)';
/** A number after a street name that says how far or how often, not where: "de snelweg 12 km", "omweg 2 keer". */
const notAHouseNumber =
  '(?!\\s*(?:%|procent|keer|x|km|kilometer|meter|m|minuten|min|uur|dagen|weken|maanden|jaar)\\b)';
// Kerkstraat 12, Dorpsweg 3a, Burg. de Withstraat 4-II: a street name of a word and a suffix, with a number
// that is not a year ("de arbeidsmarkt 2026")
const streetAddress = new RegExp(
  `(?<![\\wÀ-ÿ])[a-zà-ÿ][a-zà-ÿ'-]{1,}${streetSuffix}\\s+(?!(?:19|20)\\d{2}(?!\\d))\\d{1,4}(?!\\d)(?:\\s?[a-z](?![a-zà-ÿ])|-\\d{1,3}|-?(?:bis|hs|i{1,3})\\b)?${notAHouseNumber}`,
  'i',
);

/** The first kind of personal data the text seems to hold, or undefined when it holds none. */
export function personalDataIn(text: string): PersonalDataKind | undefined {
  if (birthDatePatterns.some((pattern) => pattern.test(text))) return 'birthDate';
  if (emailPattern.test(text)) return 'email';
  // Before the BSN: nine digits of a phone number may pass the elfproef by chance.
  if (phonePatterns.some((pattern) => pattern.test(text))) return 'phone';
  for (const match of text.matchAll(bsnCandidate)) {
    if (isBsn(match[0].replace(/[ .-]/g, ''))) return 'bsn';
  }
  if (postcodeWithNumber.test(text)) return 'postcode';
  if (streetAddress.test(text)) return 'address';
  return undefined;
}

/** Why the text may not be recorded, in the API's words, or undefined. */
export function personalDataProblem(text: string): string | undefined {
  const kind = personalDataIn(text);
  return kind === undefined ? undefined : personalDataMessages[kind];
}
