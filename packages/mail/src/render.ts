import type { MessageContent } from '@leercyclus/domain';
import { escapeHtml as escape } from './escapeHtml.js';

export interface Addressing {
  /** The recipient's name, as the greeting says it. */
  recipientName: string;
  /** The panel's address, which the content's paths are links into. */
  publicUrl: string;
  /** The unsubscribe link of a message that is not mandatory; null for a mandatory one. */
  unsubscribeUrl: string | null;
  /** The page where the person chooses how they get their e-mail. */
  preferencesUrl: string;
}

function footerLines(addressing: Addressing): string[] {
  return addressing.unsubscribeUrl === null
    ? [
        'Dit bericht is verplicht: je krijgt het ook als je alleen verplichte berichten wilt ontvangen.',
        `Hoe je e-mail van Leercyclus krijgt, kies je onder Meldingen: ${addressing.preferencesUrl}`,
      ]
    : [
        `Hoe je e-mail van Leercyclus krijgt, kies je onder Meldingen: ${addressing.preferencesUrl}`,
        `Alleen nog verplichte berichten ontvangen: ${addressing.unsubscribeUrl}`,
      ];
}

/** The plain-text part: greeting, what is asked, the facts, the link, and why the person gets it. */
export function renderText(content: MessageContent, addressing: Addressing): string {
  const link = (path: string) => new URL(path, addressing.publicUrl).href;
  const blocks = [
    `Beste ${addressing.recipientName},`,
    ...content.paragraphs,
    content.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'),
    ...(content.items ?? []).map((item) =>
      [
        `- ${item.heading}`,
        ...item.facts.map((f) => `  ${f.label}: ${f.value}`),
        `  ${link(item.path)}`,
      ].join('\n'),
    ),
    `${content.action.label}: ${link(content.action.path)}`,
    ['Met vriendelijke groet,', 'Leercyclus'].join('\n'),
    ['-- ', ...footerLines(addressing)].join('\n'),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

const factTable = (facts: MessageContent['facts']) =>
  facts.length === 0
    ? ''
    : `<table role="presentation" style="border-collapse:collapse;margin:16px 0">${facts
        .map(
          (fact) =>
            `<tr><td style="padding:2px 16px 2px 0;color:#555">${escape(fact.label)}</td><td style="padding:2px 0"><strong>${escape(fact.value)}</strong></td></tr>`,
        )
        .join('')}</table>`;

/** The HTML part: the same as the text, with the link as a button; every value escaped. */
export function renderHtml(content: MessageContent, addressing: Addressing): string {
  const link = (path: string) => escape(new URL(path, addressing.publicUrl).href);
  const items = (content.items ?? [])
    .map(
      (item) =>
        `<li style="margin-bottom:12px"><a href="${link(item.path)}">${escape(item.heading)}</a>${factTable(item.facts)}</li>`,
    )
    .join('');
  const footer = footerLines(addressing)
    .map((line) => escape(line).replace(/(https?:\/\/\S+)/g, '<a href="$1">$1</a>'))
    .join('<br>');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escape(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f7f9;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a1b1e;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:24px">
<p>Beste ${escape(addressing.recipientName)},</p>
${content.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}
${factTable(content.facts)}
${items ? `<ul style="padding-left:20px">${items}</ul>` : ''}
<p style="margin:24px 0"><a href="${link(content.action.path)}" style="background:#1c7ed6;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;display:inline-block">${escape(content.action.label)}</a></p>
<p>Met vriendelijke groet,<br>Leercyclus</p>
</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#666">${footer}</p>
</body>
</html>
`;
}
