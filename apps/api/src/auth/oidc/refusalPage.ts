import type { FastifyReply } from 'fastify';

/** Why a sign-in through the identity provider ended here, in the words a user reads. */
export const refusals = {
  expired: {
    status: 400,
    text: 'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw met inloggen.',
  },
  notConfirmed: {
    status: 400,
    text: 'Je organisatie kon niet bevestigen wie je bent. Begin opnieuw met inloggen.',
  },
  cancelled: {
    status: 400,
    text: 'Het inloggen bij je organisatie is afgebroken.',
  },
  providerUnreachable: {
    status: 502,
    text: 'De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  },
  emailNotVerified: {
    status: 403,
    text: 'Je organisatie gaf geen bevestigd e-mailadres door, dus Leercyclus weet niet wie je bent. Vraag de beheerder van Leercyclus om hulp.',
  },
  unknownPerson: {
    status: 403,
    text: 'Je bent bij je organisatie ingelogd, maar je bent nog niet toegevoegd aan Leercyclus. Vraag de beheerder van Leercyclus om je toe te voegen.',
  },
  inactivePerson: {
    status: 403,
    text: 'Je account in Leercyclus is niet actief. Neem contact op met de beheerder van Leercyclus.',
  },
} as const;

export type Refusal = keyof typeof refusals;

/** A small page in Dutch: the reason and a way back; the texts are fixed, nothing from the request is shown. */
export function sendRefusal(reply: FastifyReply, refusal: Refusal): FastifyReply {
  const { status, text } = refusals[refusal];
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inloggen lukte niet — Leercyclus</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Inloggen lukte niet</h1>
<p>${text}</p>
<p><a href="/">Opnieuw inloggen bij Leercyclus</a></p>
</body>
</html>
`;
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}
