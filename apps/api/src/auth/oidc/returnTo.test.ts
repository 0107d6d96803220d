import { describe, expect, it } from 'vitest';
import { sameSitePath } from './returnTo.js';

describe('where to land after signing in', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(sameSitePath('/cycles/proeftuin/1?tab=agenda#vragen')).toBe(
      '/cycles/proeftuin/1?tab=agenda#vragen',
    );
    expect(sameSitePath('/')).toBe('/');
  });

  it('lands on the start page for anything that would leave the site, or nothing at all', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'cycles',
      '',
      undefined,
      ['/a', '/b'],
    ]) {
      expect(sameSitePath(value), String(value)).toBe('/');
    }
  });
});
