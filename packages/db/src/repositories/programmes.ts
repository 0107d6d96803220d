import { asc, eq } from 'drizzle-orm';
import type { Programme, ProgrammeCreateInput } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db, Queryable } from '../database.js';
import { RecordError } from '../errors.js';
import { districts, programmes, questionCategories } from '../schema/index.js';

async function programmesWhere(q: Queryable, id?: string): Promise<Programme[]> {
  const rows = await q
    .select()
    .from(programmes)
    .where(id === undefined ? undefined : eq(programmes.id, id))
    .orderBy(asc(programmes.name));
  if (rows.length === 0) return [];
  const [districtRows, categoryRows] = await Promise.all([
    q.select().from(districts).orderBy(asc(districts.position)),
    q.select().from(questionCategories).orderBy(asc(questionCategories.position)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    projectLeader: row.projectLeader,
    managementTable: row.managementTable,
    districts: districtRows.filter((d) => d.programmeId === row.id).map((d) => d.name),
    questionCategories: categoryRows.filter((c) => c.programmeId === row.id).map((c) => c.code),
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
