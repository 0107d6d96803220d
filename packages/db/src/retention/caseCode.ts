import { and, eq, getTableColumns, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../database.js';
import {
  cases,
  checkpoints,
  decisions,
  developmentGoals,
  escalations,
  evaluations,
  groupObstacles,
  groupOutcomes,
  learningQuestions,
  messages,
  occurrenceCases,
  occurrences,
  processes,
  questionActionEffects,
  questionActions,
  questionReformulations,
  questionVersions,
  reminders,
} from '../schema/index.js';

/** Where free text lives in the record: a table, its key, its text columns and its columns of JSON with text. */
interface FreeTexts {
  table: PgTable;
  key: string[];
  texts: string[];
  json: string[];
  /** Columns of JSON that copy texts under keys of their own (a message's payload): every string in them. */
  copies?: string[];
  /** The rows of one programme: of its cycles and groups (`processIds`), or its own. */
  of: (programme: { id: string; processIds: SQL }) => SQL;
}

const byProcess =
  (column: PgColumn) =>
  ({ processIds }: { processIds: SQL }) =>
    sql`${column} in ${processIds}`;

/** Every text a person typed about a programme and its processes; a new free-text column belongs here. */
const freeTexts: FreeTexts[] = [
  {
    table: cases,
    key: ['id'],
    texts: ['notes', 'closeNote'],
    json: [],
    of: (programme) => eq(cases.programmeId, programme.id),
  },
  {
    table: processes,
    key: ['workflowId'],
    texts: ['title', 'closeReason'],
    json: [],
    of: byProcess(processes.workflowId),
  },
  {
    table: occurrences,
    key: ['processId', 'occurrenceId'],
    texts: ['notes'],
    json: ['change'],
    of: byProcess(occurrences.processId),
  },
  {
    table: learningQuestions,
    key: ['processId', 'number'],
    texts: ['text', 'lesson', 'responsible'],
    json: ['escalation'],
    of: byProcess(learningQuestions.processId),
  },
  {
    table: questionReformulations,
    key: ['processId', 'number', 'position'],
    texts: ['text'],
    json: [],
    of: byProcess(questionReformulations.processId),
  },
  {
    table: checkpoints,
    key: ['processId', 'checkpointId'],
    texts: ['title'],
    json: ['escalation'],
    of: byProcess(checkpoints.processId),
  },
  {
    table: evaluations,
    key: ['processId', 'checkpointId'],
    texts: ['notes'],
    json: ['sharpenedQuestions'],
    of: byProcess(evaluations.processId),
  },
  {
    table: developmentGoals,
    key: ['processId', 'checkpointId', 'position'],
    texts: ['text'],
    json: [],
    of: byProcess(developmentGoals.processId),
  },
  {
    table: questionVersions,
    key: ['processId', 'number', 'at'],
    texts: [],
    json: ['question'],
    of: byProcess(questionVersions.processId),
  },
  {
    table: questionActions,
    key: ['processId', 'number', 'actionNumber'],
    texts: ['text'],
    json: [],
    of: byProcess(questionActions.processId),
  },
  {
    table: questionActionEffects,
    key: ['processId', 'number', 'actionNumber', 'position'],
    texts: ['text'],
    json: [],
    of: byProcess(questionActionEffects.processId),
  },
  {
    // A message names its cause, and the items of a table's agenda their source, by the process's id.
    table: messages,
    key: ['id'],
    texts: ['subject'],
    json: [],
    copies: ['payload'],
    of: ({ id }) =>
      sql`exists (select 1 from ${processes} where ${processes.programmeId} = ${id}
          and (strpos(${messages.id}, ${processes.workflowId}) > 0
            or strpos(${messages.payload}::text, ${processes.workflowId}) > 0))`,
  },
  {
    table: reminders,
    key: ['processId', 'reminderId'],
    texts: ['checkpointTitle'],
    json: [],
    of: byProcess(reminders.processId),
  },
  {
    table: groupObstacles,
    key: ['processId', 'obstacleId'],
    texts: ['text'],
    json: ['escalation'],
    of: byProcess(groupObstacles.processId),
  },
  {
    table: escalations,
    key: ['id'],
    texts: ['subject'],
    json: [],
    of: byProcess(escalations.sourceProcessId),
  },
  {
    table: decisions,
    key: ['escalationId'],
    texts: ['text'],
    json: [],
    of: ({ processIds }) =>
      sql`${decisions.escalationId} in (select ${escalations.id} from ${escalations} where ${escalations.sourceProcessId} in ${processIds})`,
  },
  {
    table: groupOutcomes,
    key: ['outcomeId'],
    texts: [],
    json: ['outcome'],
    of: ({ processIds }) =>
      sql`(${groupOutcomes.groupId} in ${processIds} or ${groupOutcomes.cycleId} in ${processIds})`,
  },
];

/** The keys of JSON values that hold what a person typed; ids, names of people and times are left as they are. */
const textKeys = new Set([
  'text',
  'why',
  'reason',
  'question',
  'theme',
  'lessons',
  'embedded',
  'what',
  'lesson',
  'responsible',
]);

/** Which strings of a JSON value are texts: under a key of `textKeys`, or every one (`'all'`, a copy's). */
type TextsIn = boolean | 'all';

function replacedInJson(value: unknown, replace: (text: string) => string, isText: TextsIn = false): unknown {
  if (typeof value === 'string') return isText ? replace(value) : value;
  if (Array.isArray(value)) return value.map((item) => replacedInJson(item, replace, isText));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        replacedInJson(item, replace, isText === 'all' ? 'all' : textKeys.has(key)),
      ]),
    );
  }
  return value;
}

export interface CodeReplacement {
  /** What the code's links to sessions become: another code, or nothing (removed). */
  link: string | null;
  /** What the code becomes where a text names it. */
  text: string;
}

/**
 * Takes a case's code out of its programme's record: its links to sessions, and every text of the programme's
 * cycles and groups that names it (as a word of its own, in any case). Answers how many links and rows of text
 * it changed. Case codes are letters, digits and dashes only (caseCodeSchema), so the code is safe in a pattern.
 */
export async function replaceCaseCode(
  tx: Tx,
  programmeId: string,
  code: string,
  replacement: CodeReplacement,
): Promise<{ sessionLinks: number; texts: number }> {
  const processIds = sql`(select ${processes.workflowId} from ${processes} where ${processes.programmeId} = ${programmeId})`;
  const ofCode = and(sql`${occurrenceCases.processId} in ${processIds}`, eq(occurrenceCases.caseCode, code));
  const links =
    replacement.link === null
      ? await tx.delete(occurrenceCases).where(ofCode).returning({ id: occurrenceCases.occurrenceId })
      : await tx
          .update(occurrenceCases)
          .set({ caseCode: replacement.link })
          .where(ofCode)
          .returning({ id: occurrenceCases.occurrenceId });

  const word = new RegExp(`(?<![A-Za-z0-9-])${code}(?![A-Za-z0-9-])`, 'gi');
  const replace = (text: string) => text.replace(word, replacement.text);
  let texts = 0;
  for (const place of freeTexts) {
    const columns = getTableColumns(place.table) as Record<string, PgColumn>;
    const mentions = or(
      ...[...place.texts, ...place.json, ...(place.copies ?? [])].map(
        (name) => sql`${columns[name]}::text ilike ${`%${code}%`}`,
      ),
    );
    const rows = (await tx
      .select()
      .from(place.table)
      .where(and(place.of({ id: programmeId, processIds }), mentions))) as Record<string, unknown>[];
    for (const row of rows) {
      const changes: Record<string, unknown> = {};
      for (const name of place.texts) {
        const value = row[name];
        if (typeof value === 'string' && replace(value) !== value) changes[name] = replace(value);
      }
      for (const [name, everyString] of [
        ...place.json.map((name) => [name, false] as const),
        ...(place.copies ?? []).map((name) => [name, 'all'] as const),
      ]) {
        const value = replacedInJson(row[name], replace, everyString);
        if (JSON.stringify(value) !== JSON.stringify(row[name])) changes[name] = value;
      }
      if (Object.keys(changes).length === 0) continue;
      await tx
        .update(place.table)
        .set(changes)
        .where(and(...place.key.map((name) => eq(columns[name]!, row[name]))));
      texts += 1;
    }
  }
  return { sessionLinks: links.length, texts };
}
