import { describe, expect, it } from 'vitest';
import { authSettings, developmentSignInRefusal } from './auth.js';

describe('AUTH and the sign-in settings', () => {
  it('signs in locally by default, on the API’s own loopback address', () => {
    expect(authSettings({})).toEqual({
      mode: 'local',
      publicUrl: 'http://127.0.0.1:4000',
      allowedHosts: ['127.0.0.1', 'localhost', '::1'],
      session: { idleMinutes: 480, maxHours: 168 },
    });
    expect(authSettings({ AUTH: '', API_PORT: '4100' }).publicUrl).toBe('http://127.0.0.1:4100');
  });

  it('takes the mode, the public address, more host names and the session lifetime', () => {
    const settings = authSettings({
      AUTH: 'OIDC',
      PUBLIC_URL: 'https://Leercyclus.Example.nl/',
      ALLOWED_HOSTS: 'leercyclus.intern, [::1] ',
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '12',
      OIDC_ISSUER: 'https://idp.example.nl/realms/gemeente',
      OIDC_CLIENT_ID: 'leercyclus',
      OIDC_CLIENT_SECRET: 'secret',
    });
    expect(settings).toEqual({
      mode: 'oidc',
      publicUrl: 'https://leercyclus.example.nl',
      allowedHosts: ['leercyclus.example.nl', 'leercyclus.intern', '::1', 'localhost', '127.0.0.1'],
      session: { idleMinutes: 30, maxHours: 12 },
      oidc: expect.objectContaining({
        redirectUrl: new URL('https://leercyclus.example.nl/auth/oidc/callback'),
      }) as unknown,
    });
  });

  it('refuses a wrong value, naming its variable', () => {
    expect(() => authSettings({ AUTH: 'header' })).toThrow(
      /^AUTH must be oidc, local or development, got "header"/,
    );
    expect(() => authSettings({ PUBLIC_URL: 'leercyclus.example.nl' })).toThrow(/^PUBLIC_URL must be/);
    expect(() => authSettings({ PUBLIC_URL: 'https://example.nl/leercyclus' })).toThrow(/^PUBLIC_URL/);
    expect(() => authSettings({ SESSION_IDLE_MINUTES: 'lang' })).toThrow(/^SESSION_IDLE_MINUTES/);
    expect(() => authSettings({ SESSION_MAX_HOURS: '0' })).toThrow(/^SESSION_MAX_HOURS/);
  });
});

describe('development sign-in', () => {
  const development = (env: NodeJS.ProcessEnv = {}) => authSettings({ AUTH: 'development', ...env });

  it('starts on loopback only', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) {
      expect(developmentSignInRefusal(development(), { host, nodeEnv: undefined })).toBeNull();
    }
    expect(developmentSignInRefusal(development(), { host: '0.0.0.0', nodeEnv: undefined })).toMatch(
      /^AUTH=development .* API_HOST=0\.0\.0\.0 listens beyond this machine/,
    );
    expect(developmentSignInRefusal(development(), { host: '::', nodeEnv: 'development' })).toMatch(
      /API_HOST=::/,
    );
  });

  it('is refused with NODE_ENV=production or a public address beyond loopback', () => {
    expect(developmentSignInRefusal(development(), { host: '127.0.0.1', nodeEnv: 'production' })).toMatch(
      /NODE_ENV=production/,
    );
    const proxied = development({ PUBLIC_URL: 'https://leercyclus.example.nl' });
    expect(developmentSignInRefusal(proxied, { host: '127.0.0.1', nodeEnv: undefined })).toMatch(
      /PUBLIC_URL=/,
    );
    const named = development({ ALLOWED_HOSTS: 'leercyclus.intern' });
    expect(developmentSignInRefusal(named, { host: '127.0.0.1', nodeEnv: undefined })).toMatch(
      /ALLOWED_HOSTS names leercyclus\.intern/,
    );
  });

  it('says nothing of the other modes', () => {
    expect(developmentSignInRefusal(authSettings({}), { host: '0.0.0.0', nodeEnv: 'production' })).toBeNull();
  });
});
