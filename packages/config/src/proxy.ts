import { isIP } from 'node:net';

/**
 * The reverse proxies in front of the API whose X-Forwarded-For names the client (TRUST_PROXY): their addresses
 * or CIDR ranges, separated by commas; unset for none, and then a client's address is the connection's. Rate
 * limits per address and the audit trail's addresses are only right behind a proxy when it is set. Only named
 * proxies: trusting any, or a number of hops, would let a client that reaches the API directly name any address.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): string[] | false {
  const addresses = (env.TRUST_PROXY ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const wrong = addresses.find((address) => !isAddressOrRange(address));
  if (wrong !== undefined) {
    throw new Error(
      `TRUST_PROXY must name the proxies' addresses or CIDR ranges, separated by commas; got "${wrong}"`,
    );
  }
  return addresses.length > 0 ? addresses : false;
}

function isAddressOrRange(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}
