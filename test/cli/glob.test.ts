import * as assert from 'node:assert/strict';
import { globMatcher, globToRegExp } from '../../server/src/cli/glob';

describe('cli: --exclude globs', () => {
  it('translates glob syntax', () => {
    const cases: [string, string[], string[]][] = [
      ['*.py', ['a.py', '.py'], ['a/b.py', 'a.pyc']],
      ['test_?.py', ['test_a.py'], ['test_ab.py']],
      ['[!_]*.py', ['a.py'], ['_a.py']],
      ['[ab].py', ['a.py', 'b.py'], ['c.py']],
      ['**/gen/*.py', ['gen/x.py', 'a/b/gen/x.py'], ['gen/sub/x.py']],
      ['legacy/**', ['legacy/x.py', 'legacy/a/b.py'], ['legacy', 'other/legacy/x.py']],
      ['a/**/b.py', ['a/b.py', 'a/x/y/b.py'], ['b.py']],
      ['x+y(1).py', ['x+y(1).py'], ['xxy1.py']],
    ];
    for (const [glob, yes, no] of cases) {
      const re = globToRegExp(glob);
      for (const p of yes) assert.ok(re.test(p), `${glob} should match ${p}`);
      for (const p of no) assert.ok(!re.test(p), `${glob} should not match ${p}`);
    }
  });

  it('matches names anywhere, and paths from the walked folder', () => {
    const m = globMatcher(['build', '*_pb2.py', './pkg/gen/', 'docs/*.py']);
    assert.ok(m.matches('build', 'a/b/build'));
    assert.ok(m.matches('x_pb2.py', 'deep/x_pb2.py'));
    assert.ok(m.matches('gen', 'pkg/gen'));
    assert.ok(!m.matches('gen', 'other/gen'));
    assert.ok(m.matches('conf.py', 'docs/conf.py'));
    assert.ok(!m.matches('conf.py', 'src/docs/conf.py'));
    assert.ok(!m.matches('main.py', 'main.py'));
  });
});
