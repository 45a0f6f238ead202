// Checks every rule in the registry against the contract the front ends rely on: ids they can
// print and match settings against, docs the docs pages and hovers render, and docs examples
// that really show what the rule flags and what its fix produces.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_RULES, SourceFile, loadRules, type RuleSet, type Target } from '../../server/src/engine';

// Kebab-case; a segment may keep a Python name's underscore where the id is pylint's symbol
// (`raw_input-builtin`), as the rule catalog keeps those ids.
const KEBAB_CASE = /^[a-z][a-z0-9_]*(-[a-z0-9_]+)*$/;
const FIXABILITY = new Set(['safe', 'unsafe', 'manual']);
const DOCS_FIELDS = ['whatItDoes', 'whyItBreaks', 'example', 'useInstead', 'fixSafety'] as const;
const DECLARED_TARGETS: readonly Target[] = ['py3', 'compat'];

// Docs examples are analysed as the file mypkg/views.py of a package holding models.py and
// helpers.py, for rules that look at the files beside a module (implicit-relative-import).
let examplePath: string | undefined;
function docsExamplePath(): string {
  if (!examplePath) {
    const pkg = join(mkdtempSync(join(tmpdir(), 'py3migrate-docs-')), 'mypkg');
    mkdirSync(pkg);
    for (const name of ['__init__.py', 'models.py', 'helpers.py', 'views.py']) writeFileSync(join(pkg, name), '');
    examplePath = join(pkg, 'views.py');
  }
  return examplePath;
}

function flagged(rules: RuleSet, ruleId: string, code: string): number {
  const file = SourceFile.parse(code);
  try {
    return rules.analyze(file, { select: new Set([ruleId]), path: docsExamplePath() }).length;
  } finally {
    file.dispose();
  }
}

describe('rule registry', () => {
  let rules: RuleSet;
  before(async () => {
    rules = await loadRules();
  });

  it('has rules', () => {
    assert.ok(ALL_RULES.length > 0);
  });

  it('has unique rule ids', () => {
    const seen = new Set<string>();
    const duplicates = ALL_RULES.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    assert.deepEqual(duplicates, []);
  });

  for (const rule of ALL_RULES) {
    describe(`rule ${rule.id}`, () => {
      it('has a kebab-case id', () => {
        assert.match(rule.id, KEBAB_CASE);
      });

      it('has a summary and every docs section filled in', () => {
        assert.ok(rule.summary.trim(), 'summary is empty');
        for (const field of DOCS_FIELDS) assert.ok(rule.docs[field]?.trim(), `docs.${field} is empty`);
      });

      it('declares its fixability for py3 and compat', () => {
        for (const target of DECLARED_TARGETS) {
          const fixability = rule.fixability[target];
          assert.ok(fixability && FIXABILITY.has(fixability), `fixability.${target} is ${String(fixability)}; want safe, unsafe or manual`);
        }
      });

      it('flags its docs example', () => {
        assert.ok(flagged(rules, rule.id, rule.docs.example) > 0, `docs.example is not flagged:\n${rule.docs.example}`);
      });

      const fixable = DECLARED_TARGETS.some((t) => rule.fixability[t] === 'safe' || rule.fixability[t] === 'unsafe');
      if (fixable) {
        it('does not flag its docs useInstead', () => {
          assert.equal(flagged(rules, rule.id, rule.docs.useInstead), 0, `docs.useInstead is flagged:\n${rule.docs.useInstead}`);
        });
      }
    });
  }
});
