import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  decodePayloads,
  keyIdMetadata,
  payloadFromJson,
  payloadToJson,
  PayloadKeyError,
} from '@leercyclus/codec';
import { appendAudit } from '@leercyclus/db';
import type { SignedIn } from '@leercyclus/domain';
import { originOf } from '../audit/origin.js';
import { resolveSignedIn } from '../auth/signedIn.js';
import type { ApiDependencies } from '../context.js';
import { trackHandlers, type InFlight } from '../inFlight.js';
import { unreachablePart } from '../unreachable.js';

/** Where the Temporal UI's codec server is served: point the UI's codec endpoint at `<PUBLIC_URL>/codec`. */
export const codecPrefix = '/codec';

export interface CodecRoutesOptions {
  dependencies: ApiDependencies;
  inFlight: InFlight;
  /** The Temporal UI's origins (TEMPORAL_UI_ORIGIN), whose pages may call with the session cookie. */
  uiOrigins: readonly string[];
}

const base64 = z.string().regex(/^[A-Za-z0-9+/_-]*={0,2}$/, { error: 'must be base64' });
const payloadsSchema = z.object({
  payloads: z
    .array(z.object({ metadata: z.record(z.string(), base64).nullish(), data: base64.nullish() }))
    .max(1000, { error: 'at most 1000 payloads at once' }),
});

/** Roles of people who only take part: they see their own work in the panel, never Temporal's raw histories. */
const takingPartOnly = new Set(['participant', 'member']);

/** Staff: someone with any role besides taking part (leading, coordinating, monitoring, chairing, administering). */
export function isStaff(signedIn: SignedIn): boolean {
  return signedIn.memberships.some((membership) => !takingPartOnly.has(membership.role));
}

const single = (header: string | string[] | undefined) => (Array.isArray(header) ? header[0] : header);

/**
 * The codec server of the Temporal UI's protocol, so the UI shows decrypted payloads to those allowed to see them:
 * `POST /codec/decode` with `{payloads: [{metadata: {key: base64}, data: base64}]}` (and the `X-Namespace`
 * header) answers the same payloads decrypted by the codec of this API's own Temporal client. Only signed-in staff
 * (the session cookie or a personal API token), and every answer and refusal goes to the audit trail. Pages of the
 * UI's origins may call it with credentials (CORS); there is no `/encode`: nothing is written through the UI.
 */
export const codecRoutes: FastifyPluginCallback<CodecRoutesOptions> = (
  server,
  { dependencies, inFlight, uiOrigins },
  done,
) => {
  const { db, temporal } = dependencies;
  trackHandlers(server, inFlight);

  server.addHook('onRequest', async (request, reply) => {
    reply.header('vary', 'Origin').header('cache-control', 'no-store');
    const origin = request.headers.origin;
    if (origin !== undefined && uiOrigins.includes(origin)) {
      reply.header('access-control-allow-origin', origin).header('access-control-allow-credentials', 'true');
    }
  });

  server.setErrorHandler(async (error, request, reply) => {
    if (unreachablePart(error) === null) {
      request.log.error({ err: error }, 'codec endpoint failed');
      return reply.code(500).send({ message: 'Ontsleutelen lukt nu niet door een fout in de server.' });
    }
    request.log.warn({ err: error }, 'codec endpoint: the record is out of reach');
    return reply
      .code(503)
      .send({ message: 'De database is nu niet bereikbaar; probeer het over een minuut opnieuw.' });
  });

  // The preflight of the UI's POST (JSON with X-Namespace, and credentials).
  server.options('/decode', async (request, reply) => {
    if (!reply.hasHeader('access-control-allow-origin')) return reply.code(403).send();
    return reply
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type, x-namespace, authorization')
      .header('access-control-max-age', '600')
      .code(204)
      .send();
  });

  server.post('/decode', async (request: FastifyRequest, reply: FastifyReply) => {
    const signedIn = await resolveSignedIn(dependencies, request);
    if (!signedIn) {
      return reply.code(401).send({
        message:
          'Meld je eerst aan in het controlepaneel; dan toont de Temporal UI wat Leercyclus versleutelde.',
      });
    }
    const namespace = (single(request.headers['x-namespace']) ?? temporal.options.namespace).slice(0, 255);
    const actor = { userId: signedIn.person.id, origin: originOf(request) };
    const audit = { action: 'codec.decode', recordType: 'temporalPayloads', recordId: namespace };
    if (!isStaff(signedIn)) {
      await appendAudit(db, actor, { ...audit, operation: 'refused', details: { reason: 'not staff' } });
      return reply.code(403).send({
        message:
          'Alleen medewerkers met een rol naast deelnemer of lid mogen wat Leercyclus in Temporal bewaart ontsleutelen.',
      });
    }
    const body = payloadsSchema.safeParse(request.body ?? {});
    if (!body.success) {
      const fieldErrors = body.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      return reply.code(400).send({
        message: fieldErrors.map((field) => `${field.path}: ${field.message}`).join('; '),
        fieldErrors,
      });
    }
    const encoded = body.data.payloads.map(payloadFromJson);
    let decoded;
    try {
      decoded = await decodePayloads(temporal.options.loadedDataConverter.payloadCodecs, encoded);
    } catch (error) {
      if (!(error instanceof PayloadKeyError)) throw error;
      await appendAudit(db, actor, { ...audit, operation: 'refused', details: { reason: error.message } });
      return reply.code(422).send({ message: error.message });
    }
    const keys = encoded.flatMap((payload) => {
      const keyId = payload.metadata?.[keyIdMetadata];
      return keyId ? [Buffer.from(keyId).toString('utf8')] : [];
    });
    await appendAudit(db, actor, {
      ...audit,
      operation: 'read',
      details: { payloads: encoded.length, keys: [...new Set(keys)] },
    });
    return { payloads: decoded.map(payloadToJson) };
  });
  done();
};
