import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectedPages, RULE_DOCS_DIR } from '../../scripts/rule-docs';

describe('rule pages in docs/rules', () => {
  it('match the rule records (run `npx tsx scripts/rule-docs.ts` after changing a rule)', () => {
    const pages = expectedPages();
    const stale = [...pages].filter(([name, text]) => {
      const file = path.join(RULE_DOCS_DIR, name);
      return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text;
    }).map(([name]) => name);
    assert.deepEqual(stale, []);
    const orphans = fs.readdirSync(RULE_DOCS_DIR).filter((name) => !pages.has(name));
    assert.deepEqual(orphans, [], 'pages for rules that no longer exist');
  });
});
