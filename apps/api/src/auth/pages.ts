/**
 * The page a used or expired sign-in link shows: a person followed the link from a terminal or an e-mail and
 * lands here, not in the panel, so it says in plain Dutch what happened and what to do.
 */
export const linkUsedPage = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aanmeldlink niet meer geldig — Leercyclus</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1a1b1e}</style>
</head>
<body>
<h1>Deze aanmeldlink is niet meer geldig</h1>
<p>Een aanmeldlink werkt één keer en maar een beperkte tijd. Deze is al gebruikt of verlopen.</p>
<p>Heb je al een wachtwoord? <a href="/">Meld je dan gewoon aan</a>. Vraag anders de beheerder om een nieuwe link
(<code>npm run people -- link &lt;e-mailadres&gt;</code>).</p>
</body>
</html>
`;
