/**
 * The preview card of the reconciliation service (Reconciliation Service API
 * 0.2, §3.4): a small self-contained HTML page that OpenRefine shows in an
 * iframe of the size the manifest gives, naming the entity, its types,
 * other names and description, with a link to its page.
 */
import { html } from './html';

export interface PreviewCard {
  readonly id: string;
  readonly label: string;
  readonly href: string;
  readonly types: readonly string[];
  readonly otherNames: readonly string[];
  readonly description?: string;
}

const STYLE = 'body{font:14px/1.4 system-ui,sans-serif;margin:8px;color:#1a1a1a}h1{font-size:16px;margin:0 0 4px}p{margin:4px 0}.meta{color:#555}a{color:#0645ad}';

export function previewPage(card: PreviewCard): string {
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<title>${card.label} · CDKG</title>
<style>${STYLE}</style>
</head>
<body>
<h1><a href="${card.href}" target="_blank" rel="noopener">${card.label}</a></h1>
<p class="meta">${card.types.join(', ')}${card.types.length ? ' · ' : ''}<code>${card.id}</code></p>
${card.otherNames.length ? html`<p>Also: ${card.otherNames.join('; ')}</p>` : ''}
${card.description ? html`<p>${card.description}</p>` : ''}
</body>
</html>`}\n`;
}
