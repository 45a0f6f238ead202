// The panel's HTML shell: strict CSP with a nonce, only nonce'd scripts, no remote content,
// no inline handlers; and the page script and stylesheet it loads keep to the same rules.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contentSecurityPolicy, escapeHtml, makeNonce, panelHtml } from '../../../client/src/panel/html';

const MEDIA = path.join(__dirname, '..', '..', '..', 'media');
const CSP_SOURCE = 'vscode-webview-resource:';
const input = (nonce = makeNonce()) => ({
  cspSource: CSP_SOURCE,
  nonce,
  scriptUri: 'vscode-webview-resource://ext/media/panel.js',
  styleUri: 'vscode-webview-resource://ext/media/panel.css',
});

describe('panel: HTML and CSP', () => {
  it('makes a fresh base64 nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9+/]{24}$/);
    assert.notEqual(a, makeNonce());
  });

  it('has a CSP meta tag: default-src none, styles and scripts by nonce', () => {
    const nonce = makeNonce();
    const html = panelHtml(input(nonce));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, html);
    const csp = meta[1].replace(/&#39;/g, "'");
    assert.equal(csp, contentSecurityPolicy(CSP_SOURCE, nonce));
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), [`'nonce-${nonce}'`]);
    assert.deepEqual(directives.get('style-src'), [CSP_SOURCE, `'nonce-${nonce}'`]);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval') && !csp.includes('*'));
    // The CSP comes before anything that loads.
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'));
  });

  it('gives every <script> the nonce, and has no inline script', () => {
    const nonce = makeNonce();
    const html = panelHtml(input(nonce));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.equal(scripts.length, 1);
    for (const [, attrs, body] of scripts) {
      assert.ok(attrs.includes(`nonce="${nonce}"`), attrs);
      assert.match(attrs, /src="vscode-webview-resource:\/\/ext\/media\/panel\.js"/);
      assert.equal(body.trim(), '');
    }
    assert.equal((html.match(/<script\b/gi) ?? []).length, scripts.length);
  });

  it('has no http(s) URLs, no inline event handlers, no inline styles', () => {
    const html = panelHtml(input());
    assert.ok(!/https?:/i.test(html), html);
    assert.ok(!/\son[a-z]+\s*=/i.test(html));
    assert.ok(!/\sstyle\s*=/i.test(html));
    assert.ok(!/<style\b/i.test(html));
    assert.ok(!/<(iframe|object|embed|img)\b/i.test(html));
  });

  it('refuses a nonce that could break out of the attribute', () => {
    assert.throws(() => panelHtml(input('abc" onload="x')));
  });

  it('escapes the URIs it is given', () => {
    const html = panelHtml({ ...input(), scriptUri: 'vscode-webview-resource://ext/a"b.js' });
    assert.ok(html.includes('a&quot;b.js'));
    assert.equal(escapeHtml(`<&>"'`), '&lt;&amp;&gt;&quot;&#39;');
  });

  it('media/panel.js builds the page with DOM calls only and loads nothing', () => {
    const script = fs.readFileSync(path.join(MEDIA, 'panel.js'), 'utf8');
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|setAttribute\('on/.test(script));
    assert.ok(!/https?:\/\//.test(script));
    assert.ok(!/fetch\(|XMLHttpRequest|import\(/.test(script));
  });

  it('media/panel.css uses theme colours only and loads nothing', () => {
    const css = fs.readFileSync(path.join(MEDIA, 'panel.css'), 'utf8');
    assert.ok(!/url\(|@import|https?:/.test(css));
    // Colours come from the theme: no hex, rgb() or named colours in colour properties.
    for (const [, property, value] of css.matchAll(/(color|background|background-color|border-color|outline)\s*:\s*([^;]+);/g)) {
      const colourless = value.replace(/var\(--vscode-[\w-]+(,[^)]*)?\)/g, '').replace(/\b(none|transparent|solid|\d+px|inherit)\b/g, '').trim();
      assert.equal(colourless, '', `${property}: ${value}`);
    }
    assert.match(css, /:focus-visible[^{]*\{[^}]*outline: 1px solid var\(--vscode-focusBorder\)/);
  });
});
