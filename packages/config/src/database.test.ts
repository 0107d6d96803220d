import { describe, expect, it } from 'vitest';
import { databaseSettings } from './database.js';

describe('databaseSettings', () => {
  it('uses PGlite without a URL, and one role for both when only DATABASE_URL is set', () => {
    expect(databaseSettings({})).toEqual({ url: undefined, migrationUrl: undefined, guardAuditLog: false });
    expect(databaseSettings({ DATABASE_URL: 'postgres://app@db/leercyclus' })).toEqual({
      url: 'postgres://app@db/leercyclus',
      migrationUrl: 'postgres://app@db/leercyclus',
      guardAuditLog: false,
    });
    // Production expects the roles separated, and says so when they are not.
    expect(
      databaseSettings({ DATABASE_URL: 'postgres://app@db/leercyclus', NODE_ENV: 'production' })
        .guardAuditLog,
    ).toBe(true);
  });

  it('migrates as the owner given by DATABASE_MIGRATION_URL', () => {
    expect(
      databaseSettings({
        DATABASE_URL: 'postgres://app@db/leercyclus',
        DATABASE_MIGRATION_URL: 'postgresql://owner@db/leercyclus',
      }),
    ).toEqual({
      url: 'postgres://app@db/leercyclus',
      migrationUrl: 'postgresql://owner@db/leercyclus',
      guardAuditLog: true,
    });
  });

  it('refuses a migration URL without a record, and URLs that are not Postgres, naming the variable', () => {
    expect(() => databaseSettings({ DATABASE_MIGRATION_URL: 'postgres://owner@db/x' })).toThrow(
      /DATABASE_MIGRATION_URL is set without DATABASE_URL/,
    );
    expect(() => databaseSettings({ DATABASE_URL: 'mysql://app@db/x' })).toThrow(
      /DATABASE_URL must be a postgres/,
    );
    expect(() =>
      databaseSettings({ DATABASE_URL: 'postgres://app@db/x', DATABASE_MIGRATION_URL: 'not a url' }),
    ).toThrow(/DATABASE_MIGRATION_URL must be a postgres/);
  });
});
