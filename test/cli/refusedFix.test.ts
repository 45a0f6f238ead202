// The engine refuses a fix whose result would not parse. No shipped rule does that on purpose, so
// this drives runFix in process with a deliberately broken rule: the file must stay as it was and
// stderr must name it and say why.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RuleSet, initParser, type Rule } from '../../server/src/engine';
import type { Console } from '../../server/src/cli/console';
import { runFix } from '../../server/src/cli/fix';
import { tempTree } from './helpers';

const breaksTheCode: Rule = {
  id: 'breaks-the-code',
  category: 'other',
  severity: 'error',
  summary: 'test rule whose fix does not parse',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: { whatItDoes: '', whyItBreaks: '', example: 'x = 1', useInstead: 'x = (', fixSafety: '' },
  query: '(integer) @int',
  onMatch(captures, ctx) {
    for (const { node } of captures) {
      const fix = { title: 'Break it', safety: 'safe' as const, edits: [{ start: node.startIndex, end: node.endIndex, newText: '(' }] };
      ctx.report({ node, message: 'an integer', fixes: { py3: fix, compat: fix } });
    }
  },
};

function capture(): Console & { stdoutText: string; stderrText: string } {
  const c = {
    stdoutText: '',
    stderrText: '',
    stdout: (data: string | Uint8Array) => void (c.stdoutText += typeof data === 'string' ? data : Buffer.from(data).toString()),
    error: (m: string) => void (c.stderrText += `error: ${m}\n`),
    warn: (m: string) => void (c.stderrText += `warning: ${m}\n`),
    info: (m: string) => void (c.stderrText += `${m}\n`),
  };
  return c;
}

describe('cli: refused fix', () => {
  it('writes nothing, names the file and says why', async () => {
    await initParser();
    const rules = new RuleSet([breaksTheCode]);
    const dir = tempTree({ 'r.py': 'x = 1\ny = 2\n' });
    const out = capture();
    const code = runFix([path.join(dir, 'r.py')], rules, out);
    assert.equal(code, 1, 'the findings remain');
    assert.equal(fs.readFileSync(path.join(dir, 'r.py'), 'utf8'), 'x = 1\ny = 2\n');
    assert.match(out.stderrText, /warning: .*r\.py: not fixed: the fixed code would not parse/);
    assert.match(out.stderrText, /r\.py:1:5: breaks-the-code an integer/);
    assert.match(out.stderrText, /Fixed 0 issues in 0 files, 2 remaining\./);
    assert.equal(out.stdoutText, '');
  });

  it('--diff prints no diff for it', async () => {
    await initParser();
    const rules = new RuleSet([breaksTheCode]);
    const dir = tempTree({ 'r.py': 'x = 1\n' });
    const out = capture();
    // `fix --diff` over a refused file prints no diff.
    assert.equal(runFix(['--diff', path.join(dir, 'r.py')], rules, out), 1);
    assert.equal(out.stdoutText, '');
    assert.match(out.stderrText, /Would fix 0 issues in 0 files, 1 remaining\./);
  });
});
