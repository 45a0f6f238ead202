// Writes docs/rules/<id>.md for every rule, and docs/rules/README.md listing them, from the rule
// records themselves (one source of truth). test/unit/ruleDocs.test.ts fails when the committed
// pages differ from what this would write.
//
//   npx tsx scripts/rule-docs.ts          write the pages
//   npx tsx scripts/rule-docs.ts --check  exit 1 when a page is missing or out of date

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, TARGETS, type Rule } from '../server/src/engine';

export const RULE_DOCS_DIR = path.resolve(__dirname, '..', 'docs', 'rules');

const SAFETY_WORDS: Record<string, string> = { safe: 'safe fix', unsafe: 'unsafe fix', manual: 'explained, not fixed' };

function fixabilityLine(rule: Rule): string {
  return TARGETS.filter((t) => t !== 'cleanup' || rule.fixability.cleanup)
    .map((t) => `\`${t}\`: ${rule.fixability[t] ? SAFETY_WORDS[rule.fixability[t]!] : 'no fix'}`)
    .join(' · ');
}

export function rulePage(rule: Rule): string {
  return [
    `# ${rule.id}`,
    '',
    `${rule.summary}`,
    '',
    `Category: **${rule.category}** · severity: **${rule.severity}**${rule.defaultEnabled === false ? ' · off by default' : ''}`,
    '',
    `Fixes: ${fixabilityLine(rule)}`,
    '',
    '## What it does',
    '',
    rule.docs.whatItDoes,
    '',
    '## Why it breaks on Python 3',
    '',
    rule.docs.whyItBreaks,
    '',
    '## Example',
    '',
    '```python',
    rule.docs.example.replace(/\n+$/, ''),
    '```',
    '',
    '## Use instead',
    '',
    '```python',
    rule.docs.useInstead.replace(/\n+$/, ''),
    '```',
    '',
    '## Fix safety',
    '',
    rule.docs.fixSafety,
    '',
    '## Silencing it',
    '',
    `Add \`# py3migrate: ignore[${rule.id}]\` at the end of the line, or turn the rule off with \`"py3migrate.rules": { "${rule.id}": "off" }\` in the editor or \`--ignore ${rule.id}\` on the command line.`,
    '',
  ].join('\n');
}

export function rulesIndex(): string {
  const rows = ALL_RULES.map((r) => `| [${r.id}](${r.id}.md) | ${r.category} | ${r.severity}${r.defaultEnabled === false ? ' (off by default)' : ''} | ${r.summary.replace(/\|/g, '\\|')} |`);
  return ['# Rules', '', `py3migrate has ${ALL_RULES.length} rules. Each page is generated from the rule's own record by \`scripts/rule-docs.ts\`.`, '', '| rule | category | severity | summary |', '|---|---|---|---|', ...rows, ''].join('\n');
}

export function expectedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of ALL_RULES) pages.set(`${rule.id}.md`, rulePage(rule));
  pages.set('README.md', rulesIndex());
  return pages;
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  const pages = expectedPages();
  let stale = 0;
  fs.mkdirSync(RULE_DOCS_DIR, { recursive: true });
  for (const [name, text] of pages) {
    const file = path.join(RULE_DOCS_DIR, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    stale++;
    if (check) console.error(`out of date: docs/rules/${name}`);
    else fs.writeFileSync(file, text);
  }
  for (const name of fs.readdirSync(RULE_DOCS_DIR)) {
    if (pages.has(name)) continue;
    stale++;
    if (check) console.error(`no such rule: docs/rules/${name}`);
    else fs.rmSync(path.join(RULE_DOCS_DIR, name));
  }
  console.log(check ? `${stale} page(s) out of date` : `wrote ${stale} page(s) of ${pages.size}`);
  process.exitCode = check && stale > 0 ? 1 : 0;
}
