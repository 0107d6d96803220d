import { z } from 'zod';

/** The parts of a JSON Schema (as `z.toJSONSchema` writes it) that the input generator reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** What a client may send to a schema, as JSON Schema: its input side, before transforms and defaults. */
export function inputSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

export type Kind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'literal'
  | 'array'
  | 'object'
  | 'record'
  | 'union'
  | 'intersection'
  | 'other';

/** A schema with its references followed and `null` split off: the values it takes besides null. */
export interface Unwrapped {
  base: JsonSchema;
  nullable: boolean;
}

const isNull = (node: JsonSchema) => node.type === 'null';

export function unwrap(node: JsonSchema, root: JsonSchema): Unwrapped {
  if (node.$ref !== undefined) {
    const name = node.$ref.replace(/^#\/\$defs\//, '');
    return unwrap(node.$ref === '#' ? root : (root.$defs?.[name] ?? {}), root);
  }
  const options = node.anyOf ?? node.oneOf;
  if (options?.some(isNull)) {
    const rest = options.filter((option) => !isNull(option));
    const base = rest.length === 1 ? unwrap(rest[0]!, root).base : { ...node, anyOf: rest, oneOf: undefined };
    return { base, nullable: true };
  }
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const types = node.type.filter((type) => type !== 'null');
    return { base: { ...node, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { base: node, nullable: false };
}

export function kindOf(node: JsonSchema): Kind {
  if (node.enum !== undefined) return 'enum';
  if (node.const !== undefined) return 'literal';
  if (node.anyOf !== undefined || node.oneOf !== undefined) return 'union';
  if (node.allOf !== undefined) return 'intersection';
  switch (node.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'object':
      return node.properties !== undefined ? 'object' : 'record';
    default:
      return 'other';
  }
}

export interface Limits {
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  integer: boolean;
  format?: string;
  pattern?: RegExp;
}

/** None (NaN), or at the edge of safe integers: that says "a whole number", not a limit a user could cross. */
const meaningful = (bound: number) => (Math.abs(bound) < Number.MAX_SAFE_INTEGER ? bound : undefined);

/** The schema's bounds, an exclusive bound as the next whole number inside it. */
export function limitsOf(node: JsonSchema): Limits {
  const limits: Limits = { integer: node.type === 'integer' };
  const minimum = meaningful(node.minimum ?? (node.exclusiveMinimum ?? NaN) + 1);
  const maximum = meaningful(node.maximum ?? (node.exclusiveMaximum ?? NaN) - 1);
  if (minimum !== undefined) limits.minimum = minimum;
  if (maximum !== undefined) limits.maximum = maximum;
  const minLength = node.minLength ?? node.minItems;
  const maxLength = node.maxLength ?? node.maxItems;
  if (minLength !== undefined) limits.minLength = minLength;
  if (maxLength !== undefined) limits.maxLength = maxLength;
  if (node.format !== undefined) limits.format = node.format;
  if (node.pattern !== undefined) limits.pattern = new RegExp(node.pattern, 'u');
  return limits;
}

/** The fields of an object-like schema (an object, an intersection, the option of a union a value fits). */
export function fieldsOf(
  node: JsonSchema,
  root: JsonSchema,
  value?: unknown,
): { key: string; field: JsonSchema; required: boolean }[] {
  const { base } = unwrap(node, root);
  switch (kindOf(base)) {
    case 'object':
      return Object.entries(base.properties!).map(([key, field]) => ({
        key,
        field,
        required: base.required?.includes(key) ?? false,
      }));
    case 'intersection':
      return base.allOf!.flatMap((part) => fieldsOf(part, root, value));
    case 'union': {
      const options = base.anyOf ?? base.oneOf!;
      const option = options.find((o) => value !== undefined && fits(o, root, value)) ?? options[0]!;
      return fieldsOf(option, root, value);
    }
    default:
      return [];
  }
}

/**
 * Whether a value fits a schema as far as JSON Schema says: types, bounds, patterns, enums, required fields.
 * Refinements (one field against another, no personal data) are the zod schema's own, checked by parsing.
 */
export function fits(node: JsonSchema, root: JsonSchema, value: unknown): boolean {
  const { base, nullable } = unwrap(node, root);
  if (value === null) return nullable;
  const limits = limitsOf(base);
  const within = (n: number) =>
    (limits.minimum === undefined || n >= limits.minimum) &&
    (limits.maximum === undefined || n <= limits.maximum);
  const lengthWithin = (n: number) =>
    (limits.minLength === undefined || n >= limits.minLength) &&
    (limits.maxLength === undefined || n <= limits.maxLength);
  switch (kindOf(base)) {
    case 'enum':
      return base.enum!.includes(value);
    case 'literal':
      return base.const === value;
    case 'string':
      return typeof value === 'string' && lengthWithin(value.length) && (limits.pattern?.test(value) ?? true);
    case 'number':
      return typeof value === 'number' && within(value) && (!limits.integer || Number.isInteger(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return (
        Array.isArray(value) &&
        lengthWithin(value.length) &&
        value.every((item) => base.items === undefined || fits(base.items, root, item))
      );
    case 'union':
      return (base.anyOf ?? base.oneOf!).some((option) => fits(option, root, value));
    case 'intersection':
      return base.allOf!.every((part) => fits(part, root, value));
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return false;
      const record = value as Record<string, unknown>;
      return fieldsOf(base, root).every(({ key, field, required }) =>
        key in record ? fits(field, root, record[key]) : !required,
      );
    }
    case 'record':
      return typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
}
