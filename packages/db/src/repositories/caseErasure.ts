import { eq } from 'drizzle-orm';
import type { CaseErasure, CaseEraseInput } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db } from '../database.js';
import { replaceCaseCode } from '../retention/caseCode.js';
import { cases } from '../schema/index.js';
import { findCase } from './caseRecords.js';

/** What a text that named an erased case says in its place. */
const erased = '[gewist]';

/**
 * Erases a case on request (AVG article 17): the case, its links to sessions, and its code wherever a text of its
 * programme named it. The audit entry says a case of the programme was erased, by whom and how much went, by
 * the case's row number: never its code or what it held. Earlier audit entries keep the code they were written
 * with (docs/data-protection.md, "Erasure").
 */
export function eraseCase(db: Db, actor: Actor, input: CaseEraseInput): Promise<CaseErasure> {
  return audited(db, actor, async (tx) => {
    const existing = await findCase(tx, input.programmeId, input.code);
    const removed = await replaceCaseCode(tx, input.programmeId, input.code, { link: null, text: erased });
    await tx.delete(cases).where(eq(cases.id, existing.id));
    return {
      result: removed,
      audit: {
        operation: 'delete',
        action: 'erase',
        recordType: 'case',
        recordId: `${input.programmeId}/case-${existing.id}`,
        details: { basis: 'AVG article 17', ...removed },
      },
    };
  });
}
