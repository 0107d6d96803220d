import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { personalDataKinds, personalDataMessages, type PersonalDataKind } from '@leercyclus/domain';
import type nl from '../i18n/nl.json';

type Params = Record<string, string | number>;

interface Rule {
  pattern: RegExp;
  key: ValidationKey;
  params?: (match: RegExpExecArray) => Params;
}

type ValidationKey =
  | 'validation.required'
  | 'validation.minChars'
  | 'validation.maxChars'
  | 'validation.minNumber'
  | 'validation.maxNumber'
  | 'validation.minItems'
  | 'validation.maxItems'
  | 'validation.wholeNumber'
  | 'validation.chooseOption'
  | 'validation.invalid'
  | 'validation.programmeCode'
  | 'validation.districtName'
  | 'validation.atLeastOneDistrict'
  | 'validation.uniqueDistricts'
  | 'validation.endAfterStart'
  | 'validation.atMostAYear'
  | 'validation.previousLower'
  | 'validation.nothingToChange'
  | 'validation.lessonNeeded'
  | 'validation.caseCodeFormat'
  | 'validation.caseCodeBsn'
  | 'validation.caseCodeBirthDate'
  | 'validation.eachOnce'
  | 'validation.dateFormat'
  | 'validation.timeFormat'
  | 'validation.timeZone'
  | 'validation.categoryCode'
  | `validation.${PersonalDataKind}`
  | 'validation.notStarted'
  | 'validation.wasCancelled'
  | 'validation.heldAlready'
  | 'validation.notOnAgenda'
  | 'validation.outsideCycle'
  | 'validation.extendAfterEnd'
  | 'validation.waitsForTable'
  | 'validation.submittedAlready'
  | 'validation.unknownDistrict'
  | 'validation.unknownCategory'
  | 'validation.unknownOccurrence'
  | 'validation.unknownQuestion'
  | 'validation.unknownCheckpoint'
  | `groups.validation.${keyof typeof nl.groups.validation}`
  | `people.validation.${keyof typeof nl.people.validation}`;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exact = (text: string) => new RegExp(`^${escaped(text)}$`);
/** The record words its refusals `field: message`; the field is shown beside it already. */
const afterField = (text: string) => new RegExp(`^(?:[\\w.]+: )?${escaped(text)}$`);

/**
 * The messages of the API's and the workflows' input checks (zod's English defaults and our own wording), in
 * the panel's language; a message not listed here is shown as the server wrote it.
 */
const rules: Rule[] = [
  { pattern: /^Too small: expected string to have >=1 characters$/, key: 'validation.required' },
  {
    pattern: /^Too small: expected string to have >=(\d+) characters$/,
    key: 'validation.minChars',
    params: (m) => ({ count: Number(m[1]) }),
  },
  {
    pattern: /^Too big: expected string to have <=(\d+) characters$/,
    key: 'validation.maxChars',
    params: (m) => ({ count: Number(m[1]) }),
  },
  {
    pattern: /^Too small: expected number to be >=?(-?\d+)$/,
    key: 'validation.minNumber',
    params: (m) => ({ count: Number(m[1]) }),
  },
  {
    pattern: /^Too big: expected number to be <=?(-?\d+)$/,
    key: 'validation.maxNumber',
    params: (m) => ({ count: Number(m[1]) }),
  },
  {
    pattern: /^Too small: expected array to have >=(\d+) items$/,
    key: 'validation.minItems',
    params: (m) => ({ count: Number(m[1]) }),
  },
  {
    pattern: /^Too big: expected array to have <=(\d+) items$/,
    key: 'validation.maxItems',
    params: (m) => ({ count: Number(m[1]) }),
  },
  { pattern: /^Invalid input: expected \w+, received (undefined|null|NaN)$/, key: 'validation.required' },
  { pattern: /^Invalid input: expected int, received number$/, key: 'validation.wholeNumber' },
  { pattern: /^Invalid option: expected one of /, key: 'validation.chooseOption' },
  { pattern: /^Invalid input(: .*)?$/, key: 'validation.invalid' },
  { pattern: /^expected a programme code of lowercase letters/, key: 'validation.programmeCode' },
  { pattern: exact('a district needs a name'), key: 'validation.districtName' },
  { pattern: exact('a cycle needs at least one district'), key: 'validation.atLeastOneDistrict' },
  { pattern: exact('district names must be unique'), key: 'validation.uniqueDistricts' },
  { pattern: exact('the end date must come after the start date'), key: 'validation.endAfterStart' },
  { pattern: /^(endsOn: )?a cycle lasts at most a year$/, key: 'validation.atMostAYear' },
  { pattern: exact('the previous cycle must have a lower number'), key: 'validation.previousLower' },
  { pattern: /^nothing to change/, key: 'validation.nothingToChange' },
  { pattern: exact('an answered question needs the lesson learned'), key: 'validation.lessonNeeded' },
  { pattern: /^a case code has letters, digits and dashes only/, key: 'validation.caseCodeFormat' },
  { pattern: exact('a case code may not be a date of birth or a BSN'), key: 'validation.caseCodeBsn' },
  { pattern: exact('a case code may not be a date of birth'), key: 'validation.caseCodeBirthDate' },
  { pattern: /^each (case code|item) once$/, key: 'validation.eachOnce' },
  { pattern: exact('expected a date as YYYY-MM-DD'), key: 'validation.dateFormat' },
  { pattern: /^expected a time of day as HH:MM/, key: 'validation.timeFormat' },
  { pattern: /^expected an IANA time zone/, key: 'validation.timeZone' },
  { pattern: /^expected a category code/, key: 'validation.categoryCode' },
  ...personalDataKinds.map((kind): Rule => ({
    pattern: afterField(personalDataMessages[kind]),
    key: `validation.${kind}`,
  })),
  { pattern: /has not started yet; record it once it has been held$/, key: 'validation.notStarted' },
  { pattern: /^\S+ (was|is) cancelled( already)?$/, key: 'validation.wasCancelled' },
  { pattern: /^\S+ was held already$/, key: 'validation.heldAlready' },
  {
    pattern: /^not on the agenda: (.+)$/,
    key: 'validation.notOnAgenda',
    params: (m) => ({ numbers: m[1]! }),
  },
  {
    pattern: /lies outside the cycle \((\S+) to (\S+)\)$/,
    key: 'validation.outsideCycle',
    params: (m) => ({ from: m[1]!, until: m[2]! }),
  },
  {
    pattern: /^an extension must end after the current end date (\S+)$/,
    key: 'validation.extendAfterEnd',
    params: (m) => ({ date: m[1]! }),
  },
  { pattern: /waits for the management table's answer$/, key: 'validation.waitsForTable' },
  {
    pattern: /^the evaluation of (.+) was submitted already$/,
    key: 'validation.submittedAlready',
    params: (m) => ({ title: m[1]! }),
  },
  {
    pattern: /^no district "(.+)" in this cycle$/,
    key: 'validation.unknownDistrict',
    params: (m) => ({ name: m[1]! }),
  },
  {
    pattern: /^"(.+)" is not one of this programme's categories$/,
    key: 'validation.unknownCategory',
    params: (m) => ({ category: m[1]! }),
  },
  { pattern: /^this cycle has no occurrence /, key: 'validation.unknownOccurrence' },
  { pattern: /^question \d+ is not on this cycle's agenda$/, key: 'validation.unknownQuestion' },
  { pattern: /^this cycle has no checkpoint /, key: 'validation.unknownCheckpoint' },
  { pattern: /^expected a group code of lowercase letters/, key: 'groups.validation.groupCode' },
  { pattern: /^expected a cycle id such as/, key: 'groups.validation.cycleId' },
  { pattern: exact('a member needs an organisation'), key: 'groups.validation.memberOrganisation' },
  {
    pattern: exact('a member needs a user id or a pseudonymised display name'),
    key: 'groups.validation.memberIdentified',
  },
  { pattern: exact('a group needs at least one member'), key: 'groups.validation.atLeastOneMember' },
  { pattern: exact('a group lasts at most two years'), key: 'groups.validation.atMostTwoYears' },
  { pattern: exact('the cycle belongs to another programme'), key: 'groups.validation.otherProgramme' },
  {
    pattern: /^there is no cycle (\S+?)\.?$/,
    key: 'groups.validation.noCycle',
    params: (m) => ({ cycleId: m[1]! }),
  },
  {
    pattern: /^question (\d+) is not on the agenda of (\S+?)\.?$/,
    key: 'groups.validation.notOnCycleAgenda',
    params: (m) => ({ number: m[1]!, cycleId: m[2]! }),
  },
  { pattern: exact('a first member joins before the group ends'), key: 'groups.validation.joinsBeforeEnd' },
  { pattern: exact('name at least one member who acted'), key: 'groups.validation.takenBy' },
  { pattern: exact('a group ends with at least one lesson'), key: 'groups.validation.lessonNeeded' },
  {
    pattern: exact('say what was embedded in daily work, or what was not and why'),
    key: 'groups.validation.embeddedOrNot',
  },
  { pattern: afterField('a person needs a name'), key: 'people.validation.personName' },
  { pattern: afterField('expected an e-mail address'), key: 'people.validation.email' },
  { pattern: afterField('a person needs an organisation'), key: 'people.validation.personOrganisation' },
  { pattern: /^expected a person id such as/, key: 'people.validation.personId' },
  { pattern: afterField('a password needs at least 12 characters'), key: 'people.validation.passwordShort' },
  { pattern: afterField('a password has at most 256 characters'), key: 'people.validation.passwordLong' },
  { pattern: afterField('a token needs a name'), key: 'people.validation.tokenName' },
  {
    pattern: /^Someone already has the e-mail address (\S+?)\.?$/,
    key: 'people.validation.emailTaken',
    params: (m) => ({ email: m[1]! }),
  },
  { pattern: /is the last active administrator/, key: 'people.validation.lastAdministrator' },
];

/** Which rule a message matches, and its parameters; undefined when it is to be shown as it is. */
export function matchMessage(message: string): { key: ValidationKey; params: Params } | undefined {
  for (const rule of rules) {
    const match = rule.pattern.exec(message);
    if (match) return { key: rule.key, params: rule.params?.(match) ?? {} };
  }
  return undefined;
}

/** Translates a validation message of the server or of the shared schemas into the chosen language. */
export function useTranslateMessage(): (message: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (message: string) => {
      const matched = matchMessage(message);
      return matched ? t(matched.key, matched.params) : message;
    },
    [t],
  );
}
