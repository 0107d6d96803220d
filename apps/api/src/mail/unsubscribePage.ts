import { mailPreferencesPath } from '@leercyclus/domain';
import { escapeHtml as escape } from '@leercyclus/mail';

/** A small page in Dutch, as a person who followed a link in a message sees it (outside the panel). */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Leercyclus</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1a1b1e}button{font:inherit;padding:.5rem 1rem}</style>
</head>
<body>
<h1>${escape(title)}</h1>
${body}
</body>
</html>
`;
}

const preferences = `<p>Wat je ontvangt, kies je altijd zelf onder <a href="${mailPreferencesPath}">Meldingen</a> in het controlepaneel.</p>`;

/**
 * The page an unsubscribe link opens: it asks before it changes anything, as mail scanners open every link in a
 * message; the button (or a mail client's one-click request) does it.
 */
export function confirmPage(name: string, alreadyMandatoryOnly: boolean): string {
  if (alreadyMandatoryOnly) {
    return page(
      'Je ontvangt alleen verplichte berichten',
      `<p>${escape(name)}, je krijgt van Leercyclus al alleen de verplichte berichten, zoals een herinnering aan een evaluatie die te laat is.</p>${preferences}`,
    );
  }
  return page(
    'Minder e-mail van Leercyclus',
    `<p>${escape(name)}, wil je voortaan alleen de verplichte berichten ontvangen? Dat zijn berichten waarop iemand wacht, zoals een herinnering aan een evaluatie die te laat is. Herinneringen vooraf en overzichten krijg je dan niet meer.</p>
<form method="post"><button type="submit">Alleen verplichte berichten ontvangen</button></form>
${preferences}`,
  );
}

/** What the person reads once the change is made. */
export function donePage(name: string): string {
  return page(
    'Je bent afgemeld',
    `<p>${escape(name)}, je ontvangt van Leercyclus vanaf nu alleen verplichte berichten, zoals een herinnering aan een evaluatie die te laat is.</p>${preferences}`,
  );
}

/** A token the record does not know: a mistyped or shortened link. */
export const unknownLinkPage = page(
  'Deze afmeldlink werkt niet',
  `<p>De link is niet (meer) bekend, of hij is bij het kopiëren afgebroken.</p>${preferences}`,
);
