import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from './fieldErrors.js';

const errorsOf = (schema: z.ZodType, input: unknown) => fieldErrorsOf(schema.safeParse(input).error);

describe('fieldErrorsOf', () => {
  it('names each broken field by its dotted path', () => {
    const schema = z.object({ districts: z.array(z.object({ startTime: z.string() })) });
    const errors = errorsOf(schema, { districts: [{ startTime: 9 }] });
    expect(errors?.map((e) => e.path)).toEqual(['districts.0.startTime']);
    expect(errors?.[0]?.message).toContain('string');
  });

  it('names the fields of a union that matched none of its alternatives', () => {
    const reference = z.object({
      target: z.union([
        z.object({ programmeId: z.string(), number: z.number() }),
        z.object({ groupSlug: z.string() }),
      ]),
    });
    const paths = errorsOf(reference, { target: { programmeId: 5, number: 1 } })?.map((e) => e.path);
    expect(paths).toEqual(['target.programmeId', 'target.groupSlug']);
  });

  it('is undefined for an error that is no validation failure', () => {
    expect(fieldErrorsOf(new Error('boom'))).toBeUndefined();
  });
});
