import { programmeCreateInputSchema, type Programme } from '@leercyclus/domain';
import type { Db } from '../database.js';
import { createProgramme } from '../repositories/programmes.js';

/** A programme with the districts West and Zuid, created by the development project leader. */
export function aProgramme(db: Db, id: string): Promise<Programme> {
  return createProgramme(
    db,
    { userId: 'anna.projectleider' },
    programmeCreateInputSchema.parse({
      id,
      name: `Proeftuin ${id}`,
      projectLeader: 'anna.projectleider',
      districts: ['West', 'Zuid'],
      managementTable: 'mt-jeugd',
    }),
  );
}
