import { readFileSync } from 'node:fs';
import { z } from 'zod';

const temporalEnvSchema = z.object({
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS: z.enum(['true', 'false']).optional(),
  TEMPORAL_TLS_CERT: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
});

export interface TemporalSettings {
  address: string;
  namespace: string;
  apiKey?: string;
  tls?: boolean | { clientCertPair?: { crt: Buffer; key: Buffer }; serverNameOverride?: string };
  /** True when TEMPORAL_ADDRESS was given: use that cluster, start no dev server. */
  external: boolean;
}

/**
 * How to reach Temporal, from the environment: a local dev server by default; a cluster with mTLS certificates
 * or Temporal Cloud with an API key when configured. Shared by the worker and the API so both agree.
 */
export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  const parsed = temporalEnvSchema.parse(env);
  const certPair =
    parsed.TEMPORAL_TLS_CERT && parsed.TEMPORAL_TLS_KEY
      ? { crt: readFileSync(parsed.TEMPORAL_TLS_CERT), key: readFileSync(parsed.TEMPORAL_TLS_KEY) }
      : undefined;
  const wantsTls =
    parsed.TEMPORAL_TLS === 'true' || certPair !== undefined || parsed.TEMPORAL_API_KEY !== undefined;
  return {
    address: parsed.TEMPORAL_ADDRESS,
    namespace: parsed.TEMPORAL_NAMESPACE,
    ...(parsed.TEMPORAL_API_KEY ? { apiKey: parsed.TEMPORAL_API_KEY } : {}),
    ...(wantsTls && parsed.TEMPORAL_TLS !== 'false'
      ? {
          tls:
            certPair || parsed.TEMPORAL_TLS_SERVER_NAME
              ? {
                  ...(certPair ? { clientCertPair: certPair } : {}),
                  ...(parsed.TEMPORAL_TLS_SERVER_NAME
                    ? { serverNameOverride: parsed.TEMPORAL_TLS_SERVER_NAME }
                    : {}),
                }
              : true,
        }
      : {}),
    external: env.TEMPORAL_ADDRESS !== undefined && env.TEMPORAL_ADDRESS !== '',
  };
}
