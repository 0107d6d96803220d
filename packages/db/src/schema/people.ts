import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Membership } from '@leercyclus/domain';
import { instant } from './columns.js';

/**
 * People who sign in. The table keeps its first name, `users`, so the ids the record and the workflows already
 * store (`anna.projectleider`) stay the people's ids.
 */
export const people = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Stored lower-case: one address is one person whatever its spelling. */
    email: text('email').notNull(),
    organisation: text('organisation').notNull(),
    active: boolean('active').notNull().default(true),
    /** The identity provider's issuer and subject once the person has signed in through OpenID Connect. */
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    createdAt: instant('created_at')
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_oidc_subject_key').on(t.oidcIssuer, t.oidcSubject),
  ],
);

/** A role a person holds in one scope (a programme, a management table, a group, or the installation). */
export const memberships = pgTable(
  'memberships',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    scope: text('scope').$type<Membership['scope']>().notNull(),
    scopeId: text('scope_id').notNull(),
    role: text('role').$type<Membership['role']>().notNull(),
    grantedAt: instant('granted_at')
      .notNull()
      .default(sql`now()`),
    grantedBy: text('granted_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.scope, t.scopeId, t.role] }),
    index('memberships_scope_idx').on(t.scope, t.scopeId),
    check('memberships_scope_kind', sql`${t.scope} in ('programme', 'table', 'group', 'installation')`),
  ],
);

/** Signed-in browsers: the cookie holds the id, the record only its SHA-256, so a copy of the record signs no one in. */
export const signInSessions = pgTable(
  'sign_in_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** How the person signed in: password, link, oidc. */
    via: text('via').notNull(),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
  },
  (t) => [index('sign_in_sessions_person_idx').on(t.personId)],
);

/** Personal API tokens for scripts and integrations, stored as their SHA-256. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    hash: text('hash').notNull().unique(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('api_tokens_person_idx').on(t.personId)],
);

/** A person's password as a scrypt hash string that carries its own parameters and salt. */
export const passwordCredentials = pgTable('password_credentials', {
  personId: text('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  hash: text('hash').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

/** Failed password sign-ins per (lower-case) e-mail address, known or not, and until when it is locked. */
export const signInFailures = pgTable('sign_in_failures', {
  email: text('email').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: instant('last_failure_at').notNull(),
  lockedUntil: instant('locked_until'),
});

/** One-time sign-in links (the first administrator's, or one an administrator hands out), stored as SHA-256. */
export const signInLinks = pgTable('sign_in_links', {
  hash: text('hash').primaryKey(),
  personId: text('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
});
