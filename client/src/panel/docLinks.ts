// Where a rule page or guide link goes. With `py3migrate.docs.baseUrl` set, to the team's site
// (`<baseUrl><rule-id>.md`, guides at `<baseUrl>../guides/<name>`: the same layout as docs/rules
// and docs/guides in the extension); without it, to the pages bundled in the extension, opened in
// VS Code's markdown preview. Bundled links in diagnostics are `vscode://<extension id>/docs/...`
// URIs, which the extension's URI handler turns back into a page here. No vscode import.

import { isAnchor, isGuideName, type GuideName } from './guides';

export type DocTarget =
  /** Open in the browser. */
  | { kind: 'external'; url: string }
  /** A page in the extension folder (`docs/rules/x.md`, `docs/guides/x.md`), opened in the markdown preview. */
  | { kind: 'bundled'; path: string; fragment: string };

const RULE_ID = /^[a-z][a-z0-9_]*(-[a-z0-9_]+)*$/;

export function isRuleId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && RULE_ID.test(value);
}

/** The setting's value as a base URL ending in '/', or undefined (empty, not a URL, or not http(s)). */
export function docsBaseUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const href = url.href;
  return href.endsWith('/') ? href : href + '/';
}

export function ruleDocsTarget(ruleId: string, baseUrl: string | undefined): DocTarget {
  if (baseUrl) return { kind: 'external', url: baseUrl + encodeURIComponent(ruleId) + '.md' };
  return { kind: 'bundled', path: `docs/rules/${ruleId}.md`, fragment: '' };
}

export function guideTarget(guide: GuideName, anchor: string, baseUrl: string | undefined): DocTarget {
  if (baseUrl) {
    const url = new URL(`../guides/${guide}`, baseUrl);
    url.hash = anchor;
    return { kind: 'external', url: url.href };
  }
  return { kind: 'bundled', path: `docs/guides/${guide}`, fragment: anchor };
}

/**
 * The bundled page a `vscode://<extension id>/docs/...` URI names, or undefined for anything else
 * (the URI handler opens nothing it does not recognise: the URI may come from any web page).
 */
export function parseDocsUri(uriPath: string, fragment: string): DocTarget | undefined {
  const rule = /^\/docs\/rules\/([^/]+)\.md$/.exec(uriPath);
  if (rule && isRuleId(rule[1])) return { kind: 'bundled', path: `docs/rules/${rule[1]}.md`, fragment: isAnchor(fragment) ? fragment : '' };
  const guide = /^\/docs\/guides\/([^/]+)$/.exec(uriPath);
  if (guide && isGuideName(guide[1])) return { kind: 'bundled', path: `docs/guides/${guide[1]}`, fragment: isAnchor(fragment) ? fragment : '' };
  return undefined;
}
