import * as assert from 'node:assert/strict';
import { fixText } from '../../../server/src/engine/applyFixes';
import { loadRules } from '../../../server/src/engine';
import type { RuleSet } from '../../../server/src/engine/analyze';

// Real rules whose fixes remove a module's last use: string-module-function (`string.join(a, b)`
// -> `b.join(a)`) and types-module-constant (`types.DictType` -> `dict`).
describe('imports a fix left unused', () => {
  let rules: RuleSet;
  before(async () => {
    rules = await loadRules();
  });
  const fix = (code: string): string => fixText(rules, code, { target: 'py3' }).text;

  it('removes an import whose last use a fix replaced', () => {
    assert.equal(fix('import string\nline = string.join(words, sep)\n'), 'line = sep.join(words)\n');
    assert.equal(fix('import types\nok = type(x) is types.DictType\n'), 'ok = type(x) is dict\n');
  });

  it('removes only that name from an import of several', () => {
    assert.equal(fix('import os, string\nline = string.join(words, os.sep)\n'), 'import os\nline = os.sep.join(words)\n');
    assert.equal(fix('from x import (a,\n    b)\nimport string, types\nline = string.join(words, sep)\nt = types\n'),
      'from x import (a,\n    b)\nimport types\nline = sep.join(words)\nt = types\n');
  });

  it('keeps an import that is still used, or was never used (it may be there for its side effects)', () => {
    assert.equal(fix('import string\nline = string.join(words, sep)\ndigits = string.digits\n'), 'import string\nline = sep.join(words)\ndigits = string.digits\n');
    assert.equal(fix('import codecs\nimport string\nline = string.join(words, sep)\n'), 'import codecs\nline = sep.join(words)\n');
  });

  it('counts any mention as a use: __all__ strings, comments', () => {
    assert.equal(fix("import string\n__all__ = ['string']\nline = string.join(words, sep)\n"), "import string\n__all__ = ['string']\nline = sep.join(words)\n");
  });

  it('leaves imports inside blocks, on shared lines or with a comment alone', () => {
    const inTry = 'try:\n    import string\nexcept ImportError:\n    pass\nline = string.join(words, sep)\n';
    assert.equal(fix(inTry), inTry.replace('string.join(words, sep)', 'sep.join(words)'));
    assert.equal(fix('import string; x = 1\nline = string.join(words, sep)\n'), 'import string; x = 1\nline = sep.join(words)\n');
    assert.equal(fix('import string  # for join\nline = string.join(words, sep)\n'), 'import string  # for join\nline = sep.join(words)\n');
  });

  it('keeps an alias binding when only the attribute of the same name went away', () => {
    // `test.test_support` is an attribute, not a use of the `test_support` name bound by the first import.
    const out = fixText(rules, 'from test import test_support\nimport test.test_support\ntest.test_support.verbose\n', { target: 'py3', unsafe: true }).text;
    assert.ok(out.startsWith('from test import support as test_support\n'), out);
  });
});
