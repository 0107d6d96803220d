import type { z } from 'zod';
import { fieldsOf, fits, inputSchemaOf, kindOf, limitsOf, unwrap, type JsonSchema } from './jsonSchema.js';

/**
 * Valid examples and malformed variants of a procedure's input, generated from its zod schema through the JSON
 * Schema zod writes for it (`z.toJSONSchema`): an example is built field by field (named reference values first,
 * then plausible candidates that fit the field), then repaired where the zod schema's own refinements refuse it;
 * every field of it is then broken in the ways its schema forbids — a wrong type, a missing required field, a
 * number out of range, a string too long or empty, a bad date, personal data in free text — keeping only the
 * variants the zod schema itself refuses.
 */

type Path = (string | number)[];

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

/** Every candidate value a plain field fits, for when its first choice clashes with another field. */
function candidatesFor(node: JsonSchema, root: JsonSchema): unknown[] {
  const { base } = unwrap(node, root);
  const kind = kindOf(base);
  const values =
    kind === 'string'
      ? stringCandidates
      : kind === 'number'
        ? [1, 2, 15, 120, 365]
        : kind === 'enum'
          ? base.enum!
          : [];
  return values.filter((value) => fits(base, root, value));
}

/** A value that fits the schema, or undefined when none was found. */
function exampleFor(node: JsonSchema, root: JsonSchema, named: NamedValues, key = ''): unknown {
  const { base } = unwrap(node, root);
  const tryValues = (values: unknown[]) => values.find((value) => fits(base, root, value));
  if (key in named && fits(base, root, named[key])) return named[key];
  const limits = limitsOf(base);
  switch (kindOf(base)) {
    case 'string':
      return tryValues([...stringCandidates, 'x'.repeat(Math.max(1, limits.minLength ?? 1))]);
    case 'number':
      return tryValues([1, 2, 15, 120, limits.minimum, limits.maximum]);
    case 'boolean':
      return true;
    case 'enum':
      return base.enum![0];
    case 'literal':
      return base.const;
    case 'array': {
      const element = base.items === undefined ? 'x' : exampleFor(base.items, root, named, key);
      if (element === undefined) return limits.minLength ? undefined : [];
      const value = Array.from({ length: Math.max(1, limits.minLength ?? 0) }, () => element);
      return fits(base, root, value) ? value : tryValues([[], [element]]);
    }
    case 'union':
      return (base.anyOf ?? base.oneOf!)
        .map((option) => exampleFor(option, root, named, key))
        .find((value) => value !== undefined && fits(base, root, value));
    case 'object':
    case 'intersection': {
      const value: Record<string, unknown> = {};
      for (const { key: field, field: schema, required } of fieldsOf(base, root)) {
        const example = exampleFor(schema, root, named, field);
        if (example !== undefined) value[field] = example;
        else if (required) return undefined;
      }
      return value;
    }
    case 'record':
      return {};
    default:
      return 'x';
  }
}

function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** The field at a path of a value, with whether its object requires it; undefined for the input itself. */
function fieldAt(
  root: JsonSchema,
  value: unknown,
  path: Path,
): { node: JsonSchema; required: boolean } | undefined {
  let node = root;
  let current = value;
  let required = true;
  for (const segment of path) {
    const { base } = unwrap(node, root);
    if (typeof segment === 'number' && base.items !== undefined) {
      node = base.items;
      required = true;
    } else {
      const field = fieldsOf(base, root, current).find((f) => f.key === segment);
      if (!field) return undefined;
      node = field.field;
      required = field.required;
    }
    current = (current as Record<string | number, unknown> | undefined)?.[segment];
  }
  return path.length === 0 ? undefined : { node, required };
}

const valueAt = (value: unknown, path: Path) =>
  path.reduce<unknown>(
    (node, segment) => (node as Record<string | number, unknown> | undefined)?.[segment],
    value,
  );

const isObjectLike = (node: JsonSchema, root: JsonSchema) =>
  ['object', 'intersection', 'union'].includes(kindOf(unwrap(node, root).base));

/**
 * Repairs an example the zod schema refuses, by refinements JSON Schema does not show (an end after the start, a
 * known time zone): a refused field gets its next candidate, an optional one is dropped once none is left, and
 * a refused object loses one of its optional fields.
 */
function repaired(schema: z.ZodType, root: JsonSchema, example: unknown): unknown {
  let value = example;
  const tried = new Map<string, number>();
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return value;
    let path: Path = parsed.error.issues[0]!.path.map((s) => (typeof s === 'number' ? s : String(s)));
    let field = fieldAt(root, value, path);
    // A refusal naming no field of the schema (a record's key, a path of its own) is its object's.
    while (path.length > 0 && field === undefined) {
      path = path.slice(0, -1);
      field = fieldAt(root, value, path);
    }
    const node = field?.node ?? root;
    const target = valueAt(value, path);
    if (isObjectLike(node, root) && target !== null && typeof target === 'object') {
      const optional = fieldsOf(node, root, target).find((f) => !f.required && f.key in target);
      if (!optional) return undefined;
      value = setAt(value, [...path, optional.key], undefined, true);
    } else if (field) {
      const alternatives = candidatesFor(field.node, root);
      const key = path.join('.');
      const next = tried.get(key) ?? 0;
      tried.set(key, next + 1);
      if (next < alternatives.length) value = setAt(value, path, alternatives[next]);
      else if (field.required) return undefined;
      else value = setAt(value, path, undefined, true);
    } else return undefined;
  }
  return undefined;
}

/** A value the zod schema accepts, or undefined when none was found. */
export function exampleOf(schema: z.ZodType, named: NamedValues): unknown {
  const root = inputSchemaOf(schema);
  const example = exampleFor(root, root, named);
  return example === undefined ? undefined : repaired(schema, root, example);
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

/** Every malformed variant of `example` that `refuses` rejects, field by field. */
export function malformedInputs(
  schema: z.ZodType,
  example: unknown,
  refuses: (input: unknown) => boolean,
): Malformed[] {
  const root = inputSchemaOf(schema);
  const found: Malformed[] = [];
  const add = (path: Path, kind: string, input: unknown) => {
    if (refuses(input)) found.push({ path: path.join('.'), kind, input });
  };
  for (const [kind, value] of [
    ['not an object: a number', 42],
    ['not an object: a string', 'cycles'],
    ['not an object: a list', []],
    ['not an object: null', null],
  ] as const)
    add([], kind, value);

  const visit = (field: JsonSchema, value: unknown, path: Path, required: boolean) => {
    const { base, nullable } = unwrap(field, root);
    const limits = limitsOf(base);
    const at = (kind: string, replacement: unknown) => add(path, kind, setAt(example, path, replacement));
    if (required) add(path, 'required field missing', setAt(example, path, undefined, true));
    if (!nullable) at('null', null);
    switch (kindOf(base)) {
      case 'string': {
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
        const items: unknown[] = Array.isArray(value) ? (value as unknown[]) : [];
        at('text instead of a list', 'x');
        at('an object instead of a list', {});
        if ((limits.minLength ?? 0) > 0) at('empty list', []);
        if (limits.maxLength !== undefined && items.length > 0 && limits.maxLength < 1000)
          at(
            `more than ${limits.maxLength} items`,
            Array.from({ length: limits.maxLength + 1 }, () => items[0]),
          );
        if (items.length > 0 && base.items !== undefined) visit(base.items, items[0], [...path, 0], false);
        break;
      }
      case 'object':
      case 'intersection':
      case 'union':
        at('text instead of an object', 'x');
        at('a list instead of an object', []);
        if (value && typeof value === 'object') visitFields(base, value as Record<string, unknown>, path);
        break;
    }
  };
  const visitFields = (node: JsonSchema, value: Record<string, unknown>, path: Path) => {
    for (const { key, field, required } of fieldsOf(node, root, value)) {
      if (key in value) visit(field, value[key], [...path, key], required);
    }
  };
  if (example && typeof example === 'object' && !Array.isArray(example)) {
    visitFields(root, example as Record<string, unknown>, []);
  }
  return found;
}
