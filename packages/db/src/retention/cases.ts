import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../database.js';
import { cases } from '../schema/index.js';
import { replaceCaseCode } from './caseCode.js';
import { instantParam, programmeEvaluations } from './expiry.js';

/**
 * Anonymises the cases whose programme was evaluated before `before` (and that did not change since): the
 * code becomes `#<id>` in the case, its session links and any text that named it, and its notes go. The case
 * still counts in the programme's figures (district, age group, themes, what was avoided and what was done
 * instead), which then point at no family.
 */
export async function purgeCases(tx: Tx, before: Date, at: Date): Promise<Record<string, number>> {
  const evaluations = programmeEvaluations(tx);
  const due = await tx
    .select({ id: cases.id, programmeId: cases.programmeId, code: cases.code })
    .from(cases)
    .innerJoin(evaluations, eq(evaluations.programmeId, cases.programmeId))
    .where(
      and(
        isNull(cases.anonymisedAt),
        sql`greatest(${evaluations.at}, ${cases.updatedAt}) < ${instantParam(before)}`,
      ),
    );
  let sessionLinks = 0;
  let texts = 0;
  for (const { id, programmeId, code } of due) {
    const anonymous = `#${id}`;
    const replaced = await replaceCaseCode(tx, programmeId, code, { link: anonymous, text: anonymous });
    sessionLinks += replaced.sessionLinks;
    texts += replaced.texts;
    await tx
      .update(cases)
      .set({ code: anonymous, notes: null, closeNote: null, anonymisedAt: at })
      .where(eq(cases.id, id));
  }
  return { cases: due.length, occurrence_cases: sessionLinks, texts };
}
