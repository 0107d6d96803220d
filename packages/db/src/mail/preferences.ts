import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { defaultMailDelivery, mailDeliverySchema, type MailDelivery } from '@leercyclus/domain';
import { appendAudit, type Actor } from '../audit.js';
import type { Db, Queryable, Tx } from '../database.js';
import { mailPreferences } from '../schema/index.js';
import { validInput } from '../validInput.js';
import { requirePerson } from '../repositories/people.js';

/** How the person wants their e-mail; each message as it comes until they choose. */
export async function mailPreferenceOf(q: Queryable, personId: string): Promise<MailDelivery> {
  const [row] = await q
    .select({ delivery: mailPreferences.delivery })
    .from(mailPreferences)
    .where(eq(mailPreferences.personId, personId));
  return row?.delivery ?? defaultMailDelivery;
}

/** Writes the choice in the caller's transaction, with its audit entry saying how it was made. */
export async function writeMailPreference(
  tx: Tx,
  actor: Actor,
  personId: string,
  delivery: MailDelivery,
  via: 'panel' | 'unsubscribeLink',
): Promise<void> {
  const updatedAt = new Date();
  await tx
    .insert(mailPreferences)
    .values({ personId, delivery, updatedAt })
    .onConflictDoUpdate({ target: mailPreferences.personId, set: { delivery, updatedAt } });
  await appendAudit(tx, actor, {
    operation: 'change',
    action: 'setMailPreference',
    recordType: 'person',
    recordId: personId,
    details: { delivery, via },
  });
}

/** A person's own choice, made in the panel; an unknown choice is refused naming the field. */
export async function setMailPreference(
  db: Db,
  actor: Actor,
  personId: string,
  delivery: MailDelivery,
): Promise<MailDelivery> {
  const valid = validInput(z.object({ delivery: mailDeliverySchema }), { delivery }).delivery;
  return db.transaction(async (tx) => {
    await requirePerson(tx, personId);
    await writeMailPreference(tx, actor, personId, valid, 'panel');
    return valid;
  });
}

/** Whether the person wants sessions added, moved or cancelled as e-mailed invitations; no until they say so. */
export async function invitationPreferenceOf(q: Queryable, personId: string): Promise<boolean> {
  const [row] = await q
    .select({ invitations: mailPreferences.invitations })
    .from(mailPreferences)
    .where(eq(mailPreferences.personId, personId));
  return row?.invitations ?? false;
}

/** The person's own choice about invitations, with its audit entry; their delivery choice stays as it was. */
export async function setInvitationPreference(
  db: Db,
  actor: Actor,
  personId: string,
  invitations: boolean,
): Promise<boolean> {
  const valid = validInput(z.object({ invitations: z.boolean() }), { invitations }).invitations;
  return db.transaction(async (tx) => {
    await requirePerson(tx, personId);
    const updatedAt = new Date();
    await tx
      .insert(mailPreferences)
      .values({ personId, delivery: defaultMailDelivery, invitations: valid, updatedAt })
      .onConflictDoUpdate({ target: mailPreferences.personId, set: { invitations: valid, updatedAt } });
    await appendAudit(tx, actor, {
      operation: 'change',
      action: 'setInvitationPreference',
      recordType: 'person',
      recordId: personId,
      details: { invitations: valid },
    });
    return valid;
  });
}
