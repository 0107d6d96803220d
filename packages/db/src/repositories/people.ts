import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { personIdSchema, personSchema, type Person, type SignedIn } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db, Queryable } from '../database.js';
import { RecordError } from '../errors.js';
import { people } from '../schema/index.js';
import { generatedId } from '../signIn/secrets.js';
import { validInput } from '../validInput.js';
import { membershipsOf, refuseLosingLastAdministrator } from './memberships.js';

/** One address is one person whatever its spelling: stored and compared lower-case. */
export function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}

const emailField = z.preprocess(
  (value) => (typeof value === 'string' ? normalisedEmail(value) : value),
  personSchema.shape.email,
);

const personCreateSchema = personSchema.extend({
  id: personIdSchema.optional(),
  email: emailField,
  active: z.boolean().default(true),
});
export type PersonCreateInput = z.input<typeof personCreateSchema>;

const personPatchSchema = personSchema
  .pick({ name: true, organisation: true, active: true })
  .partial()
  .extend({
    email: emailField.optional(),
  });
export type PersonPatch = z.input<typeof personPatchSchema>;

const personColumns = {
  id: people.id,
  name: people.name,
  email: people.email,
  organisation: people.organisation,
  active: people.active,
};

/** Everyone, active or not, by name. */
export function listPeople(q: Queryable): Promise<Person[]> {
  return q.select(personColumns).from(people).orderBy(asc(people.name), asc(people.id));
}

export async function findPerson(q: Queryable, id: string): Promise<Person | null> {
  const [row] = await q.select(personColumns).from(people).where(eq(people.id, id));
  return row ?? null;
}

export async function findPersonByEmail(q: Queryable, email: string): Promise<Person | null> {
  const [row] = await q
    .select(personColumns)
    .from(people)
    .where(sql`lower(${people.email}) = ${normalisedEmail(email)}`);
  return row ?? null;
}

/** The person, or a notFound naming `field`: the input field that held their id. */
export async function requirePerson(q: Queryable, id: string, field = 'personId'): Promise<Person> {
  const person = await findPerson(q, id);
  if (!person) throw new RecordError('notFound', `There is no person ${id}.`, field);
  return person;
}

function emailTaken(email: string): RecordError {
  return new RecordError('conflict', `Someone already has the e-mail address ${email}.`, 'email');
}

/** Adds a person; without an id they get a generated one (`p-…`). */
export async function createPerson(db: Db, actor: Actor, input: PersonCreateInput): Promise<Person> {
  const valid = validInput(personCreateSchema, input);
  const person: Person = { ...valid, id: valid.id ?? generatedId('p') };
  return audited(db, actor, async (tx) => {
    // Without a conflict target this covers the id and the e-mail address alike.
    const created = await tx.insert(people).values(person).onConflictDoNothing().returning({ id: people.id });
    if (created.length === 0) {
      if (await findPersonByEmail(tx, person.email)) throw emailTaken(person.email);
      throw new RecordError('conflict', `Person ${person.id} already exists; choose another id.`, 'id');
    }
    return {
      result: person,
      audit: {
        operation: 'create',
        action: 'create',
        recordType: 'person',
        recordId: person.id,
        details: { ...person },
      },
    };
  });
}

/** Changes a person's name, e-mail address, organisation or whether they are active; audits what changed. */
export async function updatePerson(db: Db, actor: Actor, id: string, patch: PersonPatch): Promise<Person> {
  const valid = validInput(personPatchSchema, patch);
  return audited(db, actor, async (tx) => {
    const before = await requirePerson(tx, id, 'id');
    const after: Person = { ...before, ...valid };
    if (after.email !== before.email) {
      const holder = await findPersonByEmail(tx, after.email);
      if (holder && holder.id !== id) throw emailTaken(after.email);
    }
    if (before.active && !after.active) await refuseLosingLastAdministrator(tx, id);
    const changed = (Object.keys(valid) as (keyof typeof valid)[]).filter(
      (key) => before[key] !== after[key],
    );
    if (changed.length > 0) {
      await tx
        .update(people)
        .set(Object.fromEntries(changed.map((key) => [key, after[key]])))
        .where(eq(people.id, id));
    }
    return {
      result: after,
      audit:
        changed.length === 0
          ? []
          : {
              action: 'update',
              recordType: 'person',
              recordId: id,
              details: {
                before: Object.fromEntries(changed.map((key) => [key, before[key]])),
                after: Object.fromEntries(changed.map((key) => [key, after[key]])),
              },
            },
    };
  });
}

/** Who a request acts as: the active person with their memberships, or null for someone unknown or inactive. */
export async function signedInAs(
  q: Queryable,
  personId: string,
  via: SignedIn['via'],
): Promise<SignedIn | null> {
  const person = await findPerson(q, personId);
  if (!person?.active) return null;
  return { person, memberships: await membershipsOf(q, personId), via };
}

/** The person an identity provider knows by this subject, once linked (see linkOidcSubject). */
export async function findPersonByOidcSubject(
  q: Queryable,
  issuer: string,
  subject: string,
): Promise<Person | null> {
  const [row] = await q
    .select(personColumns)
    .from(people)
    .where(and(eq(people.oidcIssuer, issuer), eq(people.oidcSubject, subject)));
  return row ?? null;
}

/** Remembers the identity provider's subject for the person, so later sign-ins match on it. */
export async function linkOidcSubject(
  db: Db,
  actor: Actor,
  personId: string,
  issuer: string,
  subject: string,
): Promise<void> {
  return audited(db, actor, async (tx) => {
    await requirePerson(tx, personId);
    const holder = await findPersonByOidcSubject(tx, issuer, subject);
    if (holder && holder.id !== personId) {
      throw new RecordError(
        'conflict',
        `Subject ${subject} of ${issuer} belongs to ${holder.id}.`,
        'subject',
      );
    }
    await tx.update(people).set({ oidcIssuer: issuer, oidcSubject: subject }).where(eq(people.id, personId));
    return {
      result: undefined,
      audit: {
        action: 'linkOidcSubject',
        recordType: 'person',
        recordId: personId,
        details: { issuer, subject },
      },
    };
  });
}
