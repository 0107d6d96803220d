import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** What the provider knows of an account: the claims it vouches for. */
export interface ProviderAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** How long its authorization codes live, in seconds (changeable per test). */
  codeTtlSeconds: number;
  /**
   * Starts answering as the provider of a client sending people back to these addresses (known only once the API
   * listens, while the API needs the issuer first; until then the port is taken but answers nothing).
   */
  serve(redirectUris: string[]): void;
  stop(): Promise<void>;
}

export const testClient = { clientId: 'leercyclus', clientSecret: 'test-client-secret-of-leercyclus' };

/**
 * A real OpenID Provider (oidc-provider, the certified provider library) on a free loopback port: one
 * confidential client with the redirect URI, PKCE required, the accounts' e-mail in the ID token (as Entra ID and
 * Keycloak put it there) and the development login page, which takes an account id and any password. Consent is
 * granted at once, as an organisation does for its own applications.
 */
export async function startTestProvider(accounts: Record<string, ProviderAccount>): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ttl = { code: 60 };
  const configuration = (redirectUris: string[]): Configuration => ({
    clients: [
      {
        client_id: testClient.clientId,
        client_secret: testClient.clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    cookies: { keys: ['oidc-provider-test-cookie-key'] },
    // Stated, so the provider does not remark on its defaults.
    ttl: {
      AuthorizationCode: () => ttl.code,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
    },
    features: { devInteractions: { enabled: true } },
    findAccount(_ctx, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account }) };
    },
    async loadExistingGrant(ctx) {
      const clientId = ctx.oidc.client!.clientId;
      const grantId = ctx.oidc.session!.grantIdFor(clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  return {
    issuer,
    ...testClient,
    get codeTtlSeconds() {
      return ttl.code;
    },
    set codeTtlSeconds(seconds: number) {
      ttl.code = seconds;
    },
    serve(redirectUris) {
      const answer = new Provider(issuer, configuration(redirectUris)).callback();
      server.on('request', (request, response) => void answer(request, response));
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Cookies by name, as a browser keeps them for loopback (ports share cookies; paths do not matter here). */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Signs in at the provider as a browser would, by plain HTTP: follows the authorization URL to the provider's
 * login page, submits the account id (or cancels), and follows the redirects until the provider sends the browser
 * back to `redirectUri`; returns that address (the code and state, or the error) without visiting it.
 */
export async function signInAtProvider(
  authorizationUrl: string,
  accountId: string,
  redirectUri: string,
  options: { cancel?: boolean } = {},
): Promise<string> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 10; step += 1) {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header() },
      ...(body ? { body } : {}),
    });
    jar.take(response);
    body = undefined;
    const location = response.headers.get('location');
    if (location !== null) {
      url = new URL(location, url).href;
      if (url.startsWith(redirectUri)) return url;
      continue;
    }
    const page = await response.text();
    if (response.status !== 200 || !page.includes('name="prompt" value="login"')) {
      throw new Error(`the provider answered ${url} with ${response.status}: ${page.slice(0, 500)}`);
    }
    if (options.cancel) {
      // The login page's "Cancel": the person does not sign in.
      url = `${url}/abort`;
      continue;
    }
    // The login form posts to the page's own address.
    body = new URLSearchParams({ prompt: 'login', login: accountId, password: 'any' });
  }
  throw new Error(`the provider did not send the browser back to ${redirectUri}`);
}
