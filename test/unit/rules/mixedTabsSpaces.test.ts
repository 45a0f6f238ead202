import * as assert from 'node:assert/strict';
import { fixText } from '../../../server/src/engine';
import { lexPython, python2TabSizeChanges, python2TabSizes } from '../../../server/src/engine/pythonLexer';
import { tabErrorLines } from '../../../server/src/engine/rules/mixedTabsSpaces';
import { findingsOf, ruleTester, rulesReady } from '../ruleTester';

ruleTester('mixed-tabs-spaces', {
  valid: [
    { code: 'if x:\n\ta = 1\n\tif y:\n\t\tb = 2\n', name: 'tabs only' },
    { code: 'if x:\n    a = 1\n', name: 'spaces only' },
    { code: 'def f():\n\treturn 1\ndef g():\n    return 2\n', name: 'tabs in one block, spaces in another' },
    { code: 'if x:\n\ta = 1\n        # a comment indented with spaces\n\tb = 2\n', name: 'comment lines do not count' },
    { code: 'if x:\n\ta = 1\n        \n\tb = 2\n', name: 'blank lines do not count' },
    { code: 'if x:\n\tc = (1,\n    \t2)\n\td = 3\n', name: 'continuation lines inside brackets do not count' },
    { code: 'if x:\n\tc = 1 + \\\n        2\n\td = 3\n', name: 'backslash continuation lines do not count' },
    { code: 'if x:\n\ts = """\n        text\n    \tmore"""\n\td = 3\n', name: 'lines inside a multi-line string do not count' },
    { code: "if x:\n\ts = 'a\\\n        b'\n\td = 3\n", name: 'lines inside a backslash-continued string do not count' },
  ],
  invalid: [
    {
      name: 'the tree-sitter-notes case: a dedent that only tab size 8 sees',
      code: 'if x:\n\tif y:\n\t    a = 1\n    \tb = 2\n',
      count: 1,
      message: 'TabError',
      output: {
        py3: 'if x:\n        if y:\n            a = 1\n        b = 2\n',
        compat: 'if x:\n        if y:\n            a = 1\n        b = 2\n',
      },
    },
    {
      name: '8 spaces and a tab as siblings',
      code: 'if x:\n        a = 1\n\tb = 2\n',
      count: 1,
      output: { py3: 'if x:\n        a = 1\n        b = 2\n' },
    },
    {
      name: 'a tab-indented block under a space-indented one is deeper only with tab size 8',
      code: 'if x:\n    if y:\n\ta = 1\n',
      count: 1,
      output: { py3: 'if x:\n    if y:\n        a = 1\n' },
    },
    {
      name: 'every inconsistent line is reported, one finding each; one fix for the file',
      code: 'def f():\n        a = 1\n\tb = 2\n\tc = 3\n        return a\n',
      count: 2,
      output: { py3: 'def f():\n        a = 1\n        b = 2\n        c = 3\n        return a\n' },
    },
    {
      name: 'tabs inside a multi-line string stay; continuation lines are expanded too',
      code: 'if x:\n        a = 1\n\ts = """\n\tkept\t"""\n\tt = (1,\n\t     2)\n',
      count: 2,
      output: { py3: 'if x:\n        a = 1\n        s = """\n\tkept\t"""\n        t = (1,\n             2)\n' },
    },
    {
      name: 'CRLF line endings',
      code: 'if x:\r\n        a = 1\r\n\tb = 2\r\n',
      count: 1,
      output: { py3: 'if x:\r\n        a = 1\r\n        b = 2\r\n' },
    },
    {
      name: 'a tab after spaces that does not reach the next stop',
      code: 'class C:\n    def f(self):\n      \treturn 1\n    def g(self):\n\treturn 2\n',
      output: { py3: 'class C:\n    def f(self):\n        return 1\n    def g(self):\n        return 2\n' },
    },
    {
      name: 'a `vim:ts=4` comment sets Python 2\'s tab size: the fix expands tabs to 4 columns',
      code: '# vim:ts=4\nif x:\n\ta = 1\n    b = 2\n',
      count: 1,
      message: 'Python 2 reads its tabs as 4 columns',
      output: { py3: '# vim:ts=4\nif x:\n    a = 1\n    b = 2\n' },
    },
    {
      name: 'the tab size applies from the comment on; Emacs `tab-width:` works too',
      code: 'if x:\n\ta = 1\n# -*- tab-width: 2 -*-\nif y:\n\tb = 1\n  c = 2\n',
      count: 1,
      output: { py3: 'if x:\n        a = 1\n# -*- tab-width: 2 -*-\nif y:\n  b = 1\n  c = 2\n' },
    },
  ],
});

describe('mixed-tabs-spaces: Python 2 tab-size comments', () => {
  // Checked with Python 2.7.18: `# vim:ts=4:et` sets 4; `# vim: set ts=4` (no colon before ts) and a
  // string holding `vim:ts=4` change nothing; tab sizes outside 1-40 are ignored.
  const sizes = (code: string): number[] => {
    const lex = lexPython(code);
    return python2TabSizes(lex.lines, python2TabSizeChanges(code, lex.tokens));
  };
  it('reads the forms Python 2 reads', () => {
    assert.deepEqual(sizes('## vim:ts=4:et:nowrap\nx\n'), [8, 4, 4]);
    assert.deepEqual(sizes('# vim: set ts=4\nx\n'), [8, 8, 8]);
    assert.deepEqual(sizes('# vi: set tabsize=3:\nx\n'), [8, 3, 3]);
    assert.deepEqual(sizes('# vim:tabstop=41\nx\n'), [8, 8, 8]);
    assert.deepEqual(sizes('s = "# vim:ts=4"\nx\n'), [8, 8, 8]);
    assert.deepEqual(sizes('x = 1  # vim:ts=2\ny\n'), [8, 2, 2]);
  });
});

describe('mixed-tabs-spaces: the TabError check agrees with Python 3', () => {
  // Expected counts as Python 3.11's compile() and `python2.7 -tt` report them: TabError -> 1 (the line it names);
  // ok or IndentationError (which Python 2 raises too) -> 0.
  const cases: [string, number][] = [
    ['if x:\n\tif y:\n\t\ta = 1\n\t    b = 2\n', 0], // IndentationError: unindent does not match
    ['if x:\n  \tif y:\n          a = 1\n', 0], // ok: col 8 -> 10, altcol 3 -> 10
    ['if x:\n\ta = 1\n\f    b = 2\n', 0], // IndentationError: the form feed resets the column
    ['if x:\n \ta = 1\n\tb = 2\n', 1], // TabError, line 3
    ['class C:\n    def f(self):\n      \treturn 1\n    def g(self):\n\treturn 2\n', 1], // TabError, line 5
  ];
  for (const [code, expected] of cases) {
    it(`${JSON.stringify(code)} -> ${expected}`, () => {
      assert.equal(tabErrorLines(code, lexPython(code)).length, expected);
    });
  }
});

describe('mixed-tabs-spaces: one whole-file fix shared by every finding', () => {
  it('is applied once, in one round, and leaves nothing to fix', async () => {
    const rules = await rulesReady();
    const block = 'def f%d(x):\n        a = x\n\tb = a\n\treturn b\n';
    const code = Array.from({ length: 500 }, (_, i) => block.replace('%d', String(i))).join('');
    const findings = findingsOf(rules, 'mixed-tabs-spaces', code);
    assert.equal(findings.length, 1000);
    assert.ok(findings.every((f) => f.fixes.py3 === findings[0].fixes.py3), 'every finding carries the same Fix object');
    const result = fixText(rules, code, { target: 'py3', select: new Set(['mixed-tabs-spaces']) });
    assert.equal(result.appliedFixes, 1);
    assert.equal(result.rounds, 1);
    assert.equal(result.remaining.length, 0);
    assert.ok(!result.text.includes('\t'));
  });
});
