import * as assert from 'node:assert/strict';
import { lineVerdictsForTest } from '../../../server/src/engine/rules/moduleImports';

// The import-line check of the module rules reads the line with charCodeAt; its first version, with regexes, is the
// reference. Both must give the same verdict wherever an `import` word stands (checked on the 2.7, 3.6 and 3.11
// stdlibs when it was written; here on hand-picked lines and generated ones).
describe('module rules: the import-line check', () => {
  const { lineMayNameKnownModule: fast, lineMayNameKnownModuleByRegex: reference } = lineVerdictsForTest;

  function verdicts(text: string): { fast: boolean[]; reference: boolean[] } {
    const out = { fast: [] as boolean[], reference: [] as boolean[] };
    for (let at = text.indexOf('import'); at >= 0; at = text.indexOf('import', at + 1)) {
      out.fast.push(fast(text, at, at + 6));
      out.reference.push(reference(text, at, at + 6));
    }
    return out;
  }

  it('agrees with the regex version on hand-picked lines', () => {
    const lines = [
      'import Queue', 'import os, Queue as Q', 'import os; import Queue', 'import os # Queue', 'from email import MIMEText',
      'from  email.mime\u00a0import x', 'x = 1; from compiler.ast import Node', 'import compiler.ast', 'import (Queue)',
      'from os import \\\n    path', 'import os # c\r Queue', 'import os # c\u2028import Queue', 'import\tQueue,\tos', 'fromemail import x',
      'import urllib2;', 'import os, ; Queue', 'from test import test_support', 'import test.test_support as ts', 'from . import Queue',
    ];
    for (const line of lines) {
      const { fast: f, reference: r } = verdicts(line);
      assert.deepEqual(f, r, JSON.stringify(line));
    }
  });

  it('agrees with the regex version on generated lines', () => {
    const pieces = ['from', 'import', ' ', '\t', '\r', '\n', '\u2028', '\u00a0', '#', ';', ',', '.', '(', '\\', 'Queue', 'email', 'os', 'compiler', 'ast', 'urllib2', 'as', 'test', 'test_support', '_', '1', 'é'];
    let seed = 1;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let length = 1 + Math.floor(random() * 12); length > 0; length--) text += pieces[Math.floor(random() * pieces.length)];
      const { fast: f, reference: r } = verdicts(text);
      assert.deepEqual(f, r, JSON.stringify(text));
    }
  });
});
