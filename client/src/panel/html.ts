// The migration panel's HTML: a static shell with a strict Content-Security-Policy; media/panel.js
// renders the model into it with DOM calls (no innerHTML). No vscode import, so the CSP is unit-tested.

import { randomBytes } from 'node:crypto';

export interface HtmlInput {
  /** webview.cspSource */
  cspSource: string;
  nonce: string;
  /** webview.asWebviewUri(media/panel.js) and media/panel.css, as strings. */
  scriptUri: string;
  styleUri: string;
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src ${cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource}`, `font-src ${cspSource}`].join('; ');
}

export function panelHtml(input: HtmlInput): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(input.nonce)) throw new Error('a nonce must be base64');
  const nonce = escapeHtml(input.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(input.styleUri)}">
<title>Migration</title>
</head>
<body>
<main id="root" aria-live="polite">
<p class="empty">Open a Python file to see its migration status.</p>
</main>
<script nonce="${nonce}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
