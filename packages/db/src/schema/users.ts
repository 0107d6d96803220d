import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Role } from '@leercyclus/domain';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);
