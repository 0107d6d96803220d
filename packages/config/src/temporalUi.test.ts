import { describe, expect, it } from 'vitest';
import { temporalUiOrigins } from './temporalUi.js';

describe('TEMPORAL_UI_ORIGIN', () => {
  it("is the embedded dev server's UI unless told otherwise", () => {
    expect(temporalUiOrigins({})).toEqual(['http://127.0.0.1:8233']);
    expect(temporalUiOrigins({ TEMPORAL_UI_PORT: '9233' })).toEqual(['http://127.0.0.1:9233']);
  });

  it('takes one or more origins', () => {
    expect(
      temporalUiOrigins({ TEMPORAL_UI_ORIGIN: 'https://Temporal.example.nl/, http://localhost:8233' }),
    ).toEqual(['https://temporal.example.nl', 'http://localhost:8233']);
  });

  it('refuses an address with a path or another scheme, naming the variable', () => {
    for (const value of ['https://temporal.example.nl/ui', 'temporal.example.nl', 'ftp://x.nl']) {
      expect(() => temporalUiOrigins({ TEMPORAL_UI_ORIGIN: value })).toThrow(/TEMPORAL_UI_ORIGIN/);
    }
  });
});
