import { z } from 'zod';

/** The roles of docs/domain.md ("Who uses it"); every API procedure names the ones that may call it. */
export const roles = ['projectLeader', 'coordinator', 'monitor', 'management', 'participant'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export interface User {
  id: string;
  name: string;
  roles: Role[];
}

/** Users offered by the development sign-in of the embedded default. */
export const developmentUsers: readonly User[] = [
  { id: 'anna.projectleider', name: 'Anna de Vries', roles: ['projectLeader', 'coordinator'] },
  { id: 'bram.coordinator', name: 'Bram Jansen', roles: ['coordinator'] },
  { id: 'chris.monitor', name: 'Chris Bakker', roles: ['monitor'] },
  { id: 'dana.management', name: 'Dana Visser', roles: ['management'] },
  { id: 'eva.deelnemer', name: 'Eva Smit', roles: ['participant'] },
];
