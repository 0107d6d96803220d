import { TRPCError } from '@trpc/server';
import { findPerson, type Db } from '@leercyclus/db';
import { FieldIssue } from '../record/recordErrors.js';

/** A field of the input that names a person: its dotted path and the id it holds (absent when not given). */
export type PersonField = readonly [path: string, personId: string | null | undefined];

/**
 * Everything that names a person (an owner, a responsible, a facilitator, a member) must name an existing,
 * active person: otherwise the call is refused naming each such field, and nothing is sent or written.
 */
export async function requirePeople(db: Db, fields: readonly PersonField[]): Promise<void> {
  const named = fields.filter((field): field is readonly [string, string] => typeof field[1] === 'string');
  const found = new Map(
    await Promise.all(
      [...new Set(named.map(([, id]) => id))].map(async (id) => [id, await findPerson(db, id)] as const),
    ),
  );
  const issues = named.flatMap(([path, id]) => {
    const person = found.get(id);
    if (!person) return [{ path, message: `there is no person ${id}` }];
    if (!person.active) return [{ path, message: `${person.name} (${id}) is no longer active` }];
    return [];
  });
  if (issues.length === 0) return;
  throw new TRPCError({
    code: 'BAD_REQUEST',
    message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
    cause: new FieldIssue(issues),
  });
}
