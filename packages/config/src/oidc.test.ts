import { describe, expect, it } from 'vitest';
import { authSettings } from './auth.js';
import { oidcSettings } from './oidc.js';

const publicUrl = 'https://leercyclus.gemeente.nl';
const entra = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/0f1e2d3c-0000-4000-8000-000000000000/v2.0',
  OIDC_CLIENT_ID: '6731de76-14a6-49ae-97bc-6eba6914391e',
  OIDC_CLIENT_SECRET: 'a-secret',
};

describe('AUTH=oidc settings', () => {
  it('take the issuer, the client and, by default, the callback on the public address, matching by e-mail', () => {
    const settings = oidcSettings(entra, publicUrl);
    expect(settings.issuer.href).toBe(entra.OIDC_ISSUER);
    expect(settings.redirectUrl.href).toBe('https://leercyclus.gemeente.nl/auth/oidc/callback');
    expect(settings).toMatchObject({ clientId: entra.OIDC_CLIENT_ID, match: 'email', autoProvision: null });
  });

  it('take a redirect URL of their own, subject matching and auto-provisioning into an organisation', () => {
    const settings = oidcSettings(
      {
        ...entra,
        OIDC_REDIRECT_URL: 'https://intern.gemeente.nl/leercyclus/auth/oidc/callback',
        OIDC_MATCH: 'subject',
        OIDC_AUTO_PROVISION: 'true',
        OIDC_ORGANISATION: 'Gemeente Utrecht',
      },
      publicUrl,
    );
    expect(settings.redirectUrl.pathname).toBe('/leercyclus/auth/oidc/callback');
    expect(settings).toMatchObject({ match: 'subject', autoProvision: { organisation: 'Gemeente Utrecht' } });
  });

  it('come with AUTH=oidc, which does not start without them', () => {
    expect(authSettings({ AUTH: 'oidc', PUBLIC_URL: publicUrl, ...entra }).oidc?.clientId).toBe(
      entra.OIDC_CLIENT_ID,
    );
    expect(authSettings({ AUTH: 'local', PUBLIC_URL: publicUrl, ...entra }).oidc).toBeUndefined();
    expect(() => authSettings({ AUTH: 'oidc' })).toThrow(/OIDC_ISSUER is required when AUTH=oidc/);
  });

  it('refuse to start without what they need, naming each variable', () => {
    expect(() => oidcSettings({}, publicUrl)).toThrow(
      /OIDC_ISSUER is required.*OIDC_CLIENT_ID is required.*OIDC_CLIENT_SECRET is required/,
    );
  });

  it('refuse wrong values, naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ OIDC_ISSUER: 'login.microsoftonline.com' }, /OIDC_ISSUER must be a URL/],
      [{ OIDC_ISSUER: 'http://idp.gemeente.nl/realms/x' }, /OIDC_ISSUER must be an https URL/],
      [{ OIDC_MATCH: 'upn' }, /OIDC_MATCH must be "email" or "subject"/],
      [{ OIDC_AUTO_PROVISION: 'yes' }, /OIDC_AUTO_PROVISION must be "true" or "false"/],
      [{ OIDC_AUTO_PROVISION: 'true' }, /OIDC_ORGANISATION is required when OIDC_AUTO_PROVISION=true/],
      [{ OIDC_REDIRECT_URL: 'https://leercyclus.gemeente.nl/callback' }, /OIDC_REDIRECT_URL must end in/],
      [
        { OIDC_REDIRECT_URL: 'http://leercyclus.gemeente.nl/auth/oidc/callback' },
        /OIDC_REDIRECT_URL must be/,
      ],
    ];
    for (const [env, message] of cases) {
      expect(() => oidcSettings({ ...entra, ...env }, publicUrl), JSON.stringify(env)).toThrow(message);
    }
    expect(() => oidcSettings(entra, 'http://leercyclus.gemeente.nl')).toThrow(/PUBLIC_URL must be/);
  });

  it('allow plain http only to a provider and a panel on this machine', () => {
    const settings = oidcSettings(
      { ...entra, OIDC_ISSUER: 'http://127.0.0.1:8080' },
      'http://127.0.0.1:4000',
    );
    expect(settings.redirectUrl.href).toBe('http://127.0.0.1:4000/auth/oidc/callback');
  });
});
