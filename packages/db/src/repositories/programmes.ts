import { asc, eq } from 'drizzle-orm';
import type { Programme, ProgrammeCreateInput, ProgrammeUpdateInput } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db, Queryable } from '../database.js';
import { RecordError } from '../errors.js';
import { districts, programmes, questionCategories, questionCategoryRenames } from '../schema/index.js';

async function programmesWhere(q: Queryable, id?: string): Promise<Programme[]> {
  const rows = await q
    .select()
    .from(programmes)
    .where(id === undefined ? undefined : eq(programmes.id, id))
    .orderBy(asc(programmes.name));
  if (rows.length === 0) return [];
  const [districtRows, categoryRows, renameRows] = await Promise.all([
    q.select().from(districts).orderBy(asc(districts.position)),
    q.select().from(questionCategories).orderBy(asc(questionCategories.position)),
    q.select().from(questionCategoryRenames).orderBy(asc(questionCategoryRenames.id)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    projectLeader: row.projectLeader,
    managementTable: row.managementTable,
    districts: districtRows.filter((d) => d.programmeId === row.id).map((d) => d.name),
    questionCategories: categoryRows.filter((c) => c.programmeId === row.id).map((c) => c.code),
    categoryRenames: renameRows
      .filter((r) => r.programmeId === row.id)
      .map((r) => ({ from: r.fromCode, to: r.toCode, at: r.renamedAt.toISOString(), by: r.renamedBy })),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    actionEffectAfterWeeks: row.actionEffectAfterWeeks,
    staleAfterWeeks: row.staleAfterWeeks,
    staleAfterCycles: row.staleAfterCycles,
  }));
}

export function listProgrammes(q: Queryable): Promise<Programme[]> {
  return programmesWhere(q);
}

/** The programme, or a notFound naming `field`: the input field that held its id. */
export async function getProgramme(q: Queryable, id: string, field = 'id'): Promise<Programme> {
  const [programme] = await programmesWhere(q, id);
  if (!programme) throw new RecordError('notFound', `There is no programme ${id}.`, field);
  return programme;
}

/** Registers a programme with its districts and its own list of agenda categories. */
export function createProgramme(db: Db, actor: Actor, input: ProgrammeCreateInput): Promise<Programme> {
  return audited(db, actor, async (tx) => {
    const created = await tx
      .insert(programmes)
      .values({
        id: input.id,
        name: input.name,
        projectLeader: input.projectLeader,
        managementTable: input.managementTable,
        createdBy: actor.userId,
        actionEffectAfterWeeks: input.actionEffectAfterWeeks,
        staleAfterWeeks: input.staleAfterWeeks,
        staleAfterCycles: input.staleAfterCycles,
      })
      .onConflictDoNothing()
      .returning({ id: programmes.id });
    if (created.length === 0) {
      throw new RecordError('conflict', `Programme ${input.id} already exists; choose another code.`, 'id');
    }
    await tx
      .insert(districts)
      .values(input.districts.map((name, position) => ({ programmeId: input.id, name, position })));
    await tx
      .insert(questionCategories)
      .values(input.questionCategories.map((code, position) => ({ programmeId: input.id, code, position })));
    return {
      result: await getProgramme(tx, input.id),
      audit: {
        operation: 'create',
        action: 'create',
        recordType: 'programme',
        recordId: input.id,
        details: { name: input.name },
      },
    };
  });
}

/**
 * Changes what the input gives. Districts may be added, never removed (their sessions stay on record); each
 * rename must name a category the programme has and one the new list holds instead, and is kept with who and when.
 */
export function updateProgramme(db: Db, actor: Actor, input: ProgrammeUpdateInput): Promise<Programme> {
  return audited(db, actor, async (tx) => {
    const before = await getProgramme(tx, input.id);
    const districtsAfter = input.districts ?? before.districts;
    const dropped = before.districts.filter((name) => !districtsAfter.includes(name));
    if (dropped.length > 0) {
      throw new RecordError(
        'invalid',
        `District ${dropped.join(', ')} cannot be removed: its sessions stay on record.`,
        'districts',
      );
    }
    const categoriesAfter = input.questionCategories ?? before.questionCategories;
    for (const rename of input.categoryRenames) {
      if (!before.questionCategories.includes(rename.from)) {
        throw new RecordError(
          'invalid',
          `Category ${rename.from} is not one of this programme's.`,
          'categoryRenames',
        );
      }
      if (!categoriesAfter.includes(rename.to) || categoriesAfter.includes(rename.from)) {
        throw new RecordError(
          'invalid',
          `Category ${rename.from} is renamed ${rename.to}: the new list holds ${rename.to} instead of ${rename.from}.`,
          'categoryRenames',
        );
      }
    }
    await tx
      .update(programmes)
      .set({
        name: input.name ?? before.name,
        projectLeader: input.projectLeader ?? before.projectLeader,
        managementTable: input.managementTable ?? before.managementTable,
      })
      .where(eq(programmes.id, input.id));
    await tx.delete(districts).where(eq(districts.programmeId, input.id));
    await tx
      .insert(districts)
      .values(districtsAfter.map((name, position) => ({ programmeId: input.id, name, position })));
    await tx.delete(questionCategories).where(eq(questionCategories.programmeId, input.id));
    await tx
      .insert(questionCategories)
      .values(categoriesAfter.map((code, position) => ({ programmeId: input.id, code, position })));
    if (input.categoryRenames.length > 0) {
      await tx.insert(questionCategoryRenames).values(
        input.categoryRenames.map((rename) => ({
          programmeId: input.id,
          fromCode: rename.from,
          toCode: rename.to,
          renamedBy: actor.userId,
        })),
      );
    }
    const after = await getProgramme(tx, input.id);
    return {
      result: after,
      audit: {
        operation: 'change',
        action: 'update',
        recordType: 'programme',
        recordId: input.id,
        details: {
          changed: Object.keys(input).filter((key) => key !== 'id'),
          renames: input.categoryRenames,
        },
      },
    };
  });
}
