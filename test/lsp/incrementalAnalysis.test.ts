// The language server's incremental analysis must give exactly what a fresh full analysis
// gives, after any series of edits. Random edits (seeded, so a failure reproduces) over Python 2
// code full of `<>`, `10L`, strings, blocks and ignore comments, compared after every edit.

import { strict as assert } from 'node:assert';
import { LineIndex, loadRules, RuleSet, SourceFile, type Finding, type Rule } from '../../server/src/engine';
import { IncrementalAnalysis, onRuleError, splitRuleSet, toTextChanges } from '../../server/src/lsp/incrementalAnalysis';

const BASE = `# -*- coding: utf-8 -*-
"""Module docstring with a <> b and 10L inside."""
import os

X = 10L
if X <> 3:
    print(X)


class Thing(object):
    big = 0xFFL

    def method(self, a, b):
        if a <> b:  # py3migrate: ignore[old-ne-operator]
            return 20L
        s = """triple
quoted <> 30L
"""
        return [1L, 2L,
                3 <> 4]


def f(x):
    return x <> 1 and 5L  # py3migrate: ignore[long-suffix]
while 1 <> 2:
    break

print "hello", X
print
for i in xrange(3):
    print i,
try:
    pass
except ValueError, e:
    raise KeyError, "k"
name = unicode(X) + basestring
mode = 0777
def g(async=False):
    return apply(f, (1,)) or cmp(1, 2) or sys.maxint
`;

// Small pieces that change tokens, strings, blocks and comments.
const INSERTS = [
  '<>', 'L', '1', 'x', ' ', '\n', '    ', '\t', '"""', "'", '#', '(', ')', ':', ',', '10L', 'if a <> b:\n    pass\n', '# py3migrate: ignore',
  '\\\n', 'from __future__ import division\n', 'from __future__ import print_function\n', '\r\n', 'print ', 'print x\n', 'print(x, end="")\n',
  'import six\n', 'from six.moves import range\n', 'def unicode(s): pass\n', 'xrange', 'unicode', 'async', 'True = 1\n', 'except E, e:',
  '# -*- coding: latin-1 -*-\n', '# py3migrate: ignore[print-statement]',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function fullFindings(rules: RuleSet, text: string): Finding[] {
  const file = SourceFile.parse(text);
  try {
    return rules.analyze(file);
  } finally {
    file.dispose();
  }
}

function key(findings: Finding[]): string[] {
  return findings.map((f) => JSON.stringify([f.ruleId, f.start, f.end, f.message, f.severity, f.fixes]));
}

describe('lsp: incremental analysis', () => {
  let rules: RuleSet;
  before(async () => {
    rules = await loadRules();
  });

  it('starts with the full analysis', () => {
    const analysis = new IncrementalAnalysis(splitRuleSet(rules), BASE);
    assert.deepEqual(key(analysis.findings()), key(fullFindings(rules, BASE)));
    assert.ok(analysis.findings().length >= 8);
    analysis.dispose();
  });

  it('keeps quiet in a Python 3 file what a full analysis keeps quiet (whole-file rules too)', () => {
    // f-string and keyword-only parameter: a py3 file, where range/division rules are quiet.
    const text = 'def f(a, *, b):\n    return a / b\nx = f"{1}"\nr = range(3)\nr.append(1)\n';
    const analysis = new IncrementalAnalysis(splitRuleSet(rules), text);
    assert.deepEqual(key(analysis.findings()), key(fullFindings(rules, text)));
    assert.equal(analysis.findings().filter((f) => f.ruleId === 'range-not-iterating' || f.ruleId === 'classic-division').length, 0);
    analysis.dispose();
  });

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`matches a fresh full analysis after 150 random edits (seed ${seed})`, () => {
      const random = rng(seed);
      const analysis = new IncrementalAnalysis(splitRuleSet(rules), BASE);
      try {
        for (let step = 0; step < 150; step++) {
          const text = analysis.text;
          const changeCount = random() < 0.15 ? 2 : 1;
          const lspChanges = [];
          let current = text;
          for (let c = 0; c < changeCount; c++) {
            const start = Math.floor(random() * (current.length + 1));
            const remove = random() < 0.35 ? Math.floor(random() * 6) : 0;
            const end = Math.min(current.length, start + remove);
            const insert = random() < 0.3 && remove > 0 ? '' : INSERTS[Math.floor(random() * INSERTS.length)];
            const pos = (offset: number) => {
              const before = current.slice(0, offset);
              const parts = before.split(/\r\n|\r|\n/);
              return { line: parts.length - 1, character: parts[parts.length - 1].length };
            };
            // Do not split a \r\n pair: LSP positions cannot point between them.
            const s = current[start - 1] === '\r' && current[start] === '\n' ? start - 1 : start;
            const e = current[end - 1] === '\r' && current[end] === '\n' ? end + 1 : end;
            lspChanges.push({ range: { start: pos(s), end: pos(Math.max(s, e)) }, text: insert });
            current = current.slice(0, s) + insert + current.slice(Math.max(s, e));
          }
          const { changes, text: expected } = toTextChanges(text, analysis.sourceFile.lineIndex, lspChanges);
          assert.equal(expected, current);
          analysis.update(changes);
          analysis.settle();
          assert.equal(analysis.text, current);
          // The line index is updated from the edit, not rebuilt: it must equal a rebuilt one.
          assert.deepEqual(analysis.sourceFile.lineIndex.lineStarts, new LineIndex(current).lineStarts, `line starts, step ${step}`);
          assert.deepEqual(key(analysis.findings()), key(fullFindings(rules, current)), `step ${step}, seed ${seed}`);
        }
      } finally {
        analysis.dispose();
      }
    });
  }

  it('re-analyses only around a one-character edit in a large file', () => {
    const big = Array.from({ length: 400 }, (_, i) => `def f${i}(a):\n    return a <> ${i}L\n`).join('\n');
    const analysis = new IncrementalAnalysis(splitRuleSet(rules), big);
    const at = big.indexOf('def f200') + 5;
    const stats = analysis.update([{ start: at, end: at, newText: 'x' }]);
    assert.equal(stats.mode, 'ranges');
    assert.equal(stats.ranges.length, 1);
    assert.ok(stats.ranges[0].end - stats.ranges[0].start < 200);
    assert.deepEqual(key(analysis.findings()), key(fullFindings(rules, analysis.text)));
    analysis.dispose();
  });

  it('presumes whole-file facts while typing and corrects them in settle()', () => {
    const text = 'x = unicode(1)\n\n\ny = 2\n';
    const analysis = new IncrementalAnalysis(splitRuleSet(rules), text);
    const unicodeFindings = () => analysis.findings().filter((f) => f.ruleId === 'unicode-builtin');
    if (unicodeFindings().length === 0) {
      analysis.dispose();
      return;
    }
    // Defining `unicode` in the module makes the call above a call of the module's own function.
    const at = text.indexOf('y = 2');
    analysis.update([{ start: at, end: at, newText: 'def unicode(s): return s\n' }]);
    assert.equal(analysis.needsSettling, true);
    analysis.settle();
    assert.equal(unicodeFindings().length, 0);
    assert.deepEqual(key(analysis.findings()), key(fullFindings(rules, analysis.text)));
    analysis.dispose();
  });

  it('keeps the other rules\' findings when one rule throws', () => {
    const errors: string[] = [];
    onRuleError((ruleId) => errors.push(ruleId));
    const ne = rules.get('old-ne-operator')!;
    const broken: Rule = { ...ne, id: 'broken-rule', checkFile: undefined, query: '(comparison_operator) @c', onMatch: () => { throw new Error('boom'); } };
    const brokenFile: Rule = { ...ne, id: 'broken-file-rule', query: undefined, onMatch: undefined, checkFile: () => { throw new Error('boom'); } };
    const analysis = new IncrementalAnalysis(splitRuleSet(new RuleSet([ne, broken, brokenFile])), 'x = 1 <> 2\n');
    assert.deepEqual(analysis.findings().map((f) => f.ruleId), ['old-ne-operator']);
    analysis.update([{ start: 0, end: 0, newText: 'y = 3 <> 4\n' }]);
    assert.deepEqual(analysis.findings().map((f) => f.ruleId), ['old-ne-operator', 'old-ne-operator']);
    assert.ok(errors.includes('broken-rule') && errors.includes('broken-file-rule'));
    onRuleError(() => undefined);
    analysis.dispose();
  });

  it('analyses everything again when the __future__ imports change', () => {
    const analysis = new IncrementalAnalysis(splitRuleSet(rules), 'x = 1 <> 2\n');
    const stats = analysis.update([{ start: 0, end: 0, newText: 'from __future__ import division\n' }]);
    assert.equal(stats.mode, 'full');
    analysis.dispose();
  });
});
