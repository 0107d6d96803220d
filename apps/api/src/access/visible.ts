import { scopesWhere, type SignedIn } from '@leercyclus/domain';
import { administers, type Grants } from './grants.js';

/** What a list may show a person: the scopes where they hold one of the list's roles, or everything. */
export interface Visible {
  /** The installation's role shows the whole list. */
  all: boolean;
  programmes: string[];
  tables: string[];
  groups: string[];
}

export function visibleTo(signedIn: SignedIn, grants: Grants): Visible {
  return {
    all: administers(signedIn, grants),
    programmes: grants.programme ? scopesWhere(signedIn, 'programme', grants.programme) : [],
    tables: grants.table ? scopesWhere(signedIn, 'table', grants.table) : [],
    groups: grants.group ? scopesWhere(signedIn, 'group', grants.group) : [],
  };
}

/** Whether a programme's items show. */
export function showsProgramme(visible: Visible, programmeId: string | null): boolean {
  return visible.all || (programmeId !== null && visible.programmes.includes(programmeId));
}

/**
 * A list read per visible programme and merged: the record answers one indexed query per programme the person
 * belongs to (a handful), rather than every programme's rows filtered afterwards. A requested programme the
 * person does not see gives an empty list, as a programme without items would.
 */
export async function perProgramme<T>(
  visible: Visible,
  requested: string | undefined,
  read: (programmeId: string | undefined) => Promise<T[]>,
  order: (a: T, b: T) => number,
  limit: number,
): Promise<T[]> {
  if (requested !== undefined) return showsProgramme(visible, requested) ? read(requested) : [];
  if (visible.all) return read(undefined);
  const lists = await Promise.all(visible.programmes.map((programmeId) => read(programmeId)));
  return lists.flat().sort(order).slice(0, limit);
}
