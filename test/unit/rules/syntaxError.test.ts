import * as assert from 'node:assert/strict';
import { RuleSet, withoutExplainedSyntaxErrors } from '../../../server/src/engine/analyze';
import { SourceFile } from '../../../server/src/engine/sourceFile';
import { syntaxError } from '../../../server/src/engine/rules/syntaxError';
import type { Finding, Rule } from '../../../server/src/engine/types';
import { ruleTester, rulesReady } from '../ruleTester';

ruleTester('syntax-error', {
  valid: [
    'x = 1\n',
    'print "hello"\nexec code in ns\n',
    { code: 'if x:\n\tif y:\n\t    a = 1\n    \tb = 2\n', name: 'mixed tabs that tree-sitter misreads: left to mixed-tabs-spaces' },
  ],
  invalid: [
    { code: 'def f(:\n    pass\n', message: 'Python cannot parse this (even as Python 2)', output: { py3: null, compat: null } },
    { code: 'x = (1,\n', count: 1, name: 'a MISSING node' },
    { code: 'x = = 1\ny = 2\nz = ) \n', count: 2, name: 'one finding per error location' },
    { code: 'x = f"{y}"\nz = = 1\n', count: 1, severity: 'warning', message: 'parser cannot read', name: 'in a Python 3 file: a warning (a Python 3 error or a parser gap, no Python 2 code)' },
  ],
});

const flagWord = (id: string, word: string): Rule => ({
  id, category: 'syntax', severity: 'error', summary: `\`${word}\``, fixability: {},
  docs: { whatItDoes: '', whyItBreaks: '', example: '', useInstead: '', fixSafety: '' },
  checkFile(ctx) {
    const at = ctx.file.text.indexOf(word);
    if (at >= 0) ctx.report({ start: at, end: at + word.length });
  },
});

describe('syntax-error findings that another rule explains are dropped', () => {
  before(rulesReady);

  const run = (rules: Rule[], code: string): string[] => {
    const file = SourceFile.parse(code);
    try {
      return new RuleSet(rules).analyze(file).map((f) => `${f.ruleId}@${f.start}-${f.end}`);
    } finally {
      file.dispose();
    }
  };

  it('keeps the syntax error when nothing else covers it', () => {
    assert.deepEqual(run([syntaxError, flagWord('other', 'zzz')], 'exec self.code in ns\n'), ['syntax-error@5-9']);
  });

  it('drops the syntax error that overlaps a finding of another rule (`exec self.code in ns`)', () => {
    assert.deepEqual(run([syntaxError, flagWord('exec-like', 'exec self.code')], 'exec self.code in ns\n'), ['exec-like@0-14']);
  });

  it('keeps a syntax error elsewhere in the file', () => {
    const code = 'exec self.code in ns\nx = = 1\n';
    assert.deepEqual(run([syntaxError, flagWord('exec-like', 'exec self.code')], code), ['exec-like@0-14', 'syntax-error@25-26']);
  });

  it('with the real rules: keyword-identifier explains the ERROR around `def f(async, await=1)`', async () => {
    const rules = await rulesReady();
    const file = SourceFile.parse('def f(async, await=1):\n    return async\n');
    try {
      const ids = rules.analyze(file).map((f) => f.ruleId);
      assert.ok(ids.includes('keyword-identifier'));
      assert.ok(!ids.includes('syntax-error'), ids.join(','));
    } finally {
      file.dispose();
    }
  });

  it('drops a syntax error that overlaps or is adjacent to another finding (an empty range: touches), never otherwise', () => {
    const f = (ruleId: string, start: number, end: number): Finding => ({ ruleId, severity: 'error', message: '', start, end, fixes: {} });
    const kept = withoutExplainedSyntaxErrors([
      f('syntax-error', 5, 5), f('syntax-error', 9, 9), f('syntax-error', 20, 30), f('syntax-error', 40, 45), f('syntax-error', 60, 64),
      f('other', 0, 5), f('other', 28, 35), f('other', 45, 50), f('other', 65, 70),
    ]);
    assert.deepEqual(kept.filter((x) => x.ruleId === 'syntax-error').map((x) => `${x.start}-${x.end}`), ['9-9', '60-64']);
  });

  it('with the real rules: `x.async` and `True, False = 1, 0` leave no syntax-error finding', async () => {
    const rules = await rulesReady();
    const file = SourceFile.parse('y = x.async\nTrue, False = 1, 0\n');
    try {
      const ids = rules.analyze(file).map((f) => f.ruleId);
      assert.deepEqual(ids, ['keyword-identifier', 'keyword-identifier', 'keyword-identifier']);
    } finally {
      file.dispose();
    }
  });

  it('only syntax-error findings are ever dropped', () => {
    const f = (ruleId: string, start: number, end: number): Finding => ({ ruleId, severity: 'error', message: '', start, end, fixes: {} });
    const all = [f('a', 0, 10), f('b', 5, 15)];
    assert.deepEqual(withoutExplainedSyntaxErrors(all), all);
  });
});
