import type { FastifyReply } from 'fastify';

/** Why a sign-in through the identity provider ended here, in the words a user reads. */
export const refusals = {
  expired: {
    status: 400,
    text: 'Deze aanmelding is verlopen of al gebruikt. Begin opnieuw met aanmelden.',
  },
  notConfirmed: {
    status: 400,
    text: 'De aanmelding kon niet worden bevestigd bij de identiteitsprovider. Begin opnieuw met aanmelden.',
  },
  cancelled: {
    status: 400,
    text: 'De aanmelding is bij de identiteitsprovider afgebroken.',
  },
  providerUnreachable: {
    status: 502,
    text: 'De identiteitsprovider is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  },
  emailNotVerified: {
    status: 403,
    text: 'De identiteitsprovider gaf geen bevestigd e-mailadres door, dus we weten niet wie u bent.',
  },
  unknownPerson: {
    status: 403,
    text: 'U bent aangemeld bij uw organisatie, maar u bent nog niet toegevoegd aan Leercyclus. Vraag de beheerder van Leercyclus om u toe te voegen.',
  },
  inactivePerson: {
    status: 403,
    text: 'Uw account in Leercyclus is niet actief. Neem contact op met de beheerder van Leercyclus.',
  },
} as const;

export type Refusal = keyof typeof refusals;

/** A small page in Dutch: the reason and a way back; the texts are fixed, nothing from the request is shown. */
export function sendRefusal(reply: FastifyReply, refusal: Refusal): FastifyReply {
  const { status, text } = refusals[refusal];
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aanmelden niet gelukt — Leercyclus</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
<h1>Aanmelden niet gelukt</h1>
<p>${text}</p>
<p><a href="/">Naar de startpagina van Leercyclus</a></p>
</body>
</html>
`;
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}
