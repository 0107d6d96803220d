import type { z } from 'zod';

/**
 * Valid examples and malformed variants of a procedure's input, generated from its zod schema: an example is
 * built field by field (named reference values first, then plausible candidates, each checked against the
 * field's own schema), and every field of it is then broken in the ways its schema forbids — a wrong type, a
 * missing required field, a number out of range, a string too long or empty, a bad date, personal data in free
 * text — keeping only the variants the schema itself refuses.
 */

// zod 4's internals: each schema carries `_zod.def` with its type, wrapped types and checks.
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  left?: Schema;
  right?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}
type Schema = z.ZodType;

const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

interface Unwrapped {
  base: Schema;
  optional: boolean;
  nullable: boolean;
  hasDefault: boolean;
}

/** Strips optional, nullable, default and pipe wrappers, remembering which there were. */
export function unwrap(schema: Schema): Unwrapped {
  let base = schema;
  const result = { optional: false, nullable: false, hasDefault: false };
  for (;;) {
    const def = defOf(base);
    if (def.type === 'optional') result.optional = true;
    else if (def.type === 'nullable') result.nullable = true;
    else if (def.type === 'default' || def.type === 'prefault') result.hasDefault = true;
    else if (def.type === 'pipe' && def.in) {
      base = def.in;
      continue;
    } else if (def.type === 'readonly' || def.type === 'catch') {
      // fall through to the inner type
    } else return { base, ...result };
    base = def.innerType!;
  }
}

interface Limits {
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  integer: boolean;
  format?: string;
  pattern?: RegExp;
}

function limitsOf(schema: Schema): Limits {
  const def = defOf(schema);
  const limits: Limits = { integer: false };
  if (def.format) limits.format = def.format;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') limits.minLength = c.minimum!;
    else if (c.check === 'max_length') limits.maxLength = c.maximum!;
    else if (c.check === 'greater_than') limits.minimum = c.value! + (c.inclusive ? 0 : 1);
    else if (c.check === 'less_than') limits.maximum = c.value! - (c.inclusive ? 0 : 1);
    else if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'))
      limits.integer = true;
    else if (c.check === 'string_format') {
      if (c.format && c.format !== 'regex') limits.format = c.format;
      if (c.pattern) limits.pattern = c.pattern;
    }
  }
  return limits;
}

const accepts = (schema: Schema, value: unknown) => schema.safeParse(value).success;

/** Values a field of this name should take when it refers to something the drill set up. */
export type NamedValues = Record<string, unknown>;

const stringCandidates = [
  'Hoe betrekken we school eerder bij zorgen?',
  '2026-03-05',
  '2026-06-01',
  '13:30',
  'proeftuin-west',
  'W-2026-014',
  'safety',
  'Europe/Amsterdam',
  'anna.projectleider',
  'checkpoint-1',
  'drill-request-0001',
];

/** Every candidate value a plain field accepts, for when its first choice clashes with another field. */
function candidatesFor(schema: Schema): unknown[] {
  const { base } = unwrap(schema);
  const def = defOf(base);
  const values =
    def.type === 'string'
      ? stringCandidates
      : def.type === 'number'
        ? [1, 2, 15, 120, 365]
        : def.type === 'enum'
          ? Object.values(def.entries!)
          : [];
  return values.filter((value) => accepts(base, value));
}

/** A value the schema accepts, or undefined when none was found. */
export function exampleOf(schema: Schema, named: NamedValues, key = ''): unknown {
  const { base } = unwrap(schema);
  const def = defOf(base);
  const tryValues = (values: unknown[]) => values.find((value) => accepts(base, value));
  if (key in named && accepts(base, named[key])) return named[key];
  switch (def.type) {
    case 'string': {
      const limits = limitsOf(base);
      return tryValues([...stringCandidates, 'x'.repeat(Math.max(1, limits.minLength ?? 1))]);
    }
    case 'number': {
      const limits = limitsOf(base);
      return tryValues([1, 2, 15, 120, limits.minimum, limits.maximum]);
    }
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'literal':
      return def.values![0];
    case 'array': {
      const limits = limitsOf(base);
      const element = exampleOf(def.element!, named, key);
      if (element === undefined) return limits.minLength ? undefined : [];
      const value = Array.from({ length: Math.max(1, limits.minLength ?? 0) }, () => element);
      return accepts(base, value) ? value : tryValues([[], [element]]);
    }
    case 'object':
    case 'intersection':
    case 'union':
      return objectExample(base, named);
    case 'record':
      return {};
    default:
      return 'x';
  }
}

/** The fields of an object-like schema (an object, an intersection, the option of a union an example fits). */
export function fieldsOf(schema: Schema, example?: unknown): [string, Schema][] {
  const { base } = unwrap(schema);
  const def = defOf(base);
  if (def.type === 'object') return Object.entries(def.shape!);
  if (def.type === 'intersection') return [...fieldsOf(def.left!, example), ...fieldsOf(def.right!, example)];
  if (def.type === 'union') {
    const option = def.options!.find((o) => example !== undefined && accepts(o, example)) ?? def.options![0]!;
    return fieldsOf(option, example);
  }
  return [];
}

function objectExample(schema: Schema, named: NamedValues): unknown {
  const def = defOf(schema);
  if (def.type === 'union') {
    for (const option of def.options!) {
      const value = objectExample(unwrap(option).base, named);
      if (value !== undefined && accepts(schema, value)) return value;
    }
    return undefined;
  }
  const value: Record<string, unknown> = {};
  const optional = new Set<string>();
  for (const [key, field] of fieldsOf(schema)) {
    const example = exampleOf(field, named, key);
    const info = unwrap(field);
    if (info.optional || info.hasDefault) optional.add(key);
    if (example !== undefined) value[key] = example;
    else if (!optional.has(key)) return undefined;
  }
  // Cross-field rules (an end after the start, a group or a cycle) may refuse a field's value: try the field's
  // other candidates, and drop optional fields that still do not fit.
  const fields = new Map(fieldsOf(schema));
  const tried = new Map<string, number>();
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return value;
    const keys = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
    const required = keys.find((k) => fields.has(k) && !optional.has(k));
    if (required !== undefined) {
      const alternatives = candidatesFor(fields.get(required)!);
      const next = tried.get(required) ?? 0;
      if (next >= alternatives.length) return undefined;
      tried.set(required, next + 1);
      value[required] = alternatives[next];
      continue;
    }
    const named = keys.filter((k) => optional.has(k));
    if (named.length === 0) {
      const anyOptional = [...optional].find((k) => k in value);
      if (!anyOptional) return undefined;
      delete value[anyOptional];
    } else for (const k of named) delete value[k];
  }
  return undefined;
}

export interface Malformed {
  /** The field broken, dotted (`districts.0.startTime`); empty for the input as a whole. */
  path: string;
  /** What was done to it. */
  kind: string;
  input: unknown;
}

const personalData = [
  ['e-mail address', 'Moeder (jan.jansen@example.nl) vraagt om hulp'],
  ['date of birth', 'Casus van Jan, geboren 12-03-2015'],
  ['BSN', 'Kind met BSN 123456782 op school'],
  ['phone number', 'Vader belt 06-12345678 terug'],
] as const;

const badDates = ['2026-02-30', '2026-13-01', '05-01-2026', '5 januari 2026'];
const badTimes = ['24:00', '13.30', '9:5'];

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** Every malformed variant of `example` that `refuses` rejects, field by field. */
export function malformedInputs(
  schema: Schema,
  example: unknown,
  refuses: (input: unknown) => boolean,
): Malformed[] {
  const found: Malformed[] = [];
  const add = (path: (string | number)[], kind: string, input: unknown) => {
    if (refuses(input)) found.push({ path: path.join('.'), kind, input });
  };
  for (const [kind, value] of [
    ['not an object: a number', 42],
    ['not an object: a string', 'cycles'],
    ['not an object: a list', []],
    ['not an object: null', null],
  ] as const)
    add([], kind, value);

  const visit = (field: Schema, value: unknown, path: (string | number)[], required: boolean) => {
    const info = unwrap(field);
    const def = defOf(info.base);
    const at = (kind: string, replacement: unknown) => add(path, kind, setAt(example, path, replacement));
    if (required) add(path, 'required field missing', setAt(example, path, undefined, true));
    if (!info.nullable) at('null', null);
    switch (def.type) {
      case 'string': {
        const limits = limitsOf(info.base);
        at('a number instead of text', 42);
        at('true instead of text', true);
        at('a list instead of text', [String(value)]);
        if ((limits.minLength ?? 0) > 0) {
          at('empty text', '');
          at('only spaces', '   ');
        }
        if (limits.maxLength !== undefined && limits.maxLength < 20_000)
          at(`longer than ${limits.maxLength}`, 'x'.repeat(limits.maxLength + 1));
        if (limits.format === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(String(value)))
          for (const bad of badDates) at(`bad date ${bad}`, bad);
        else if (/^\d{2}:\d{2}$/.test(String(value))) for (const bad of badTimes) at(`bad time ${bad}`, bad);
        else if (limits.pattern) at('not the expected form', 'Niet Geldig!');
        for (const [what, text] of personalData) at(`personal data: ${what}`, text);
        break;
      }
      case 'number': {
        const limits = limitsOf(info.base);
        at('text instead of a number', String(value));
        at('true instead of a number', true);
        if (limits.integer) at('not a whole number', Number(value) + 0.5);
        if (limits.minimum !== undefined) at(`below ${limits.minimum}`, limits.minimum - 1);
        if (limits.maximum !== undefined) at(`above ${limits.maximum}`, limits.maximum + 1);
        break;
      }
      case 'boolean':
        at('text instead of true/false', 'ja');
        break;
      case 'enum':
        at('not one of the values', 'geen-van-deze');
        at('a number instead of a value', 3);
        break;
      case 'literal':
        at('not the expected value', 'iets-anders');
        break;
      case 'array': {
        const limits = limitsOf(info.base);
        const items: unknown[] = Array.isArray(value) ? (value as unknown[]) : [];
        at('text instead of a list', 'x');
        at('an object instead of a list', {});
        if ((limits.minLength ?? 0) > 0) at('empty list', []);
        if (limits.maxLength !== undefined && items.length > 0 && limits.maxLength < 1000)
          at(
            `more than ${limits.maxLength} items`,
            Array.from({ length: limits.maxLength + 1 }, () => items[0]),
          );
        if (items.length > 0) visit(def.element!, items[0], [...path, 0], false);
        break;
      }
      case 'object':
      case 'intersection':
      case 'union':
        at('text instead of an object', 'x');
        at('a list instead of an object', []);
        if (value && typeof value === 'object')
          visitFields(info.base, value as Record<string, unknown>, path);
        break;
    }
  };
  const visitFields = (schema: Schema, value: Record<string, unknown>, path: (string | number)[]) => {
    for (const [key, field] of fieldsOf(schema, value)) {
      if (!(key in value)) continue;
      const info = unwrap(field);
      visit(field, value[key], [...path, key], !info.optional && !info.hasDefault);
    }
  };
  if (example && typeof example === 'object' && !Array.isArray(example)) {
    visitFields(schema, example as Record<string, unknown>, []);
  }
  return found;
}
