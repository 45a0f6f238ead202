import * as assert from 'node:assert/strict';
import { RuleSet } from '../../../server/src/engine/analyze';
import { applyEdits, fixText } from '../../../server/src/engine/applyFixes';
import { importEdits } from '../../../server/src/engine/imports';
import { initParser } from '../../../server/src/engine/parser';
import { SourceFile } from '../../../server/src/engine/sourceFile';
import type { RequiredImport, Rule } from '../../../server/src/engine/types';

// Synthetic rules that exercise the fixer's mechanics independently of any real rule.
function renameRule(id: string, from: string, to: string, imports: RequiredImport[] = [], safety: 'safe' | 'unsafe' = 'safe'): Rule {
  return {
    id, category: 'other', severity: 'warning', summary: `${from} is old`, fixability: { py3: safety, compat: safety },
    docs: { whatItDoes: 'x', whyItBreaks: 'x', example: from, useInstead: to, fixSafety: 'x' },
    query: `((identifier) @name (#eq? @name "${from}"))`,
    onMatch(captures, ctx) {
      for (const { node } of captures) {
        const fix = { title: `Use ${to}`, safety, edits: [{ start: node.startIndex, end: node.endIndex, newText: to }], imports };
        ctx.report({ node, fixes: { py3: fix, compat: fix } });
      }
    },
  };
}

function addImports(code: string, imports: RequiredImport[]): string {
  const file = SourceFile.parse(code);
  try {
    return applyEdits(code, importEdits(file, imports));
  } finally {
    file.dispose();
  }
}

describe('engine: applying fixes', () => {
  before(initParser);

  it('merges fixes from several rules and applies them in one pass', () => {
    const rules = new RuleSet([renameRule('a', 'foo', 'bar'), renameRule('b', 'baz', 'qux')]);
    const result = fixText(rules, 'foo(baz)\nfoo\n', { target: 'py3' });
    assert.equal(result.text, 'bar(qux)\nbar\n');
    assert.equal(result.appliedFixes, 3);
    assert.equal(result.remaining.length, 0);
  });

  it('applies chained fixes in rounds until nothing changes', () => {
    const rules = new RuleSet([renameRule('a', 'one', 'two'), renameRule('b', 'two', 'three')]);
    const result = fixText(rules, 'x = one\n', { target: 'py3' });
    assert.equal(result.text, 'x = three\n');
    assert.ok(result.rounds >= 2);
  });

  it('leaves unsafe fixes alone unless asked', () => {
    const rules = new RuleSet([renameRule('a', 'foo', 'bar', [], 'unsafe')]);
    assert.equal(fixText(rules, 'foo\n', { target: 'py3' }).text, 'foo\n');
    assert.equal(fixText(rules, 'foo\n', { target: 'py3', unsafe: true }).text, 'bar\n');
  });

  it('only runs selected rules', () => {
    const rules = new RuleSet([renameRule('a', 'foo', 'bar'), renameRule('b', 'baz', 'qux')]);
    assert.equal(fixText(rules, 'foo(baz)\n', { target: 'py3', select: new Set(['b']) }).text, 'foo(qux)\n');
    assert.equal(fixText(rules, 'foo(baz)\n', { target: 'py3', ignore: new Set(['b']) }).text, 'bar(baz)\n');
  });

  it('runs a rule that is off by default only when selected or given a severity', () => {
    const optIn = { ...renameRule('opt', 'foo', 'bar'), defaultEnabled: false };
    const rules = new RuleSet([optIn]);
    assert.equal(fixText(rules, 'foo\n', { target: 'py3' }).text, 'foo\n');
    assert.equal(fixText(rules, 'foo\n', { target: 'py3', select: new Set(['opt']) }).text, 'bar\n');
    assert.equal(fixText(rules, 'foo\n', { target: 'py3', severities: new Map([['opt', 'warning' as const]]) }).text, 'bar\n');
  });

  it('adds each required import once, after the docstring and the future imports', () => {
    const rules = new RuleSet([renameRule('a', 'foo', 'six.bar', [{ kind: 'import', module: 'six' }, { kind: 'future', name: 'division' }])]);
    const code = '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Doc."""\nfrom __future__ import print_function\nimport os\nfoo()\nfoo()\n';
    const result = fixText(rules, code, { target: 'py3' });
    assert.equal(
      result.text,
      '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Doc."""\nfrom __future__ import print_function\nfrom __future__ import division\nimport os\nimport six\nsix.bar()\nsix.bar()\n',
    );
    assert.equal(fixText(rules, result.text, { target: 'py3' }).text, result.text, 'idempotent');
  });

  it('keeps CRLF line endings in inserted imports', () => {
    const rules = new RuleSet([renameRule('a', 'foo', 'bar', [{ kind: 'from', module: 'six.moves', name: 'bar' }])]);
    assert.equal(fixText(rules, 'x = 1\r\nfoo()\r\n', { target: 'py3' }).text, 'from six.moves import bar\r\nx = 1\r\nbar()\r\n');
  });

  it('refuses a result that parses worse than the input and changes nothing', () => {
    const rules = new RuleSet([renameRule('a', 'foo', '(((')]);
    const result = fixText(rules, 'foo = 1\n', { target: 'py3' });
    assert.equal(result.text, 'foo = 1\n');
    assert.equal(result.changed, false);
    assert.match(result.refused ?? '', /would not parse/);
  });
});

describe('engine: import placement', () => {
  before(initParser);

  it('puts a future import first in a file with no docstring', () => {
    assert.equal(addImports('import os\nx = 1\n', [{ kind: 'future', name: 'print_function' }]), 'from __future__ import print_function\nimport os\nx = 1\n');
  });

  it('does not add an import the file already has', () => {
    const code = 'from __future__ import print_function\nimport six\nfrom six.moves import input\n';
    assert.equal(addImports(code, [{ kind: 'future', name: 'print_function' }, { kind: 'import', module: 'six' }, { kind: 'from', module: 'six.moves', name: 'input' }]), code);
  });

  it('groups names from one module into one statement', () => {
    assert.equal(
      addImports('x = 1\n', [{ kind: 'from', module: 'six.moves', name: 'range' }, { kind: 'from', module: 'six.moves', name: 'input' }]),
      'from six.moves import input, range\nx = 1\n',
    );
  });

  it('keeps a multi-line docstring intact', () => {
    assert.equal(addImports('"""A\n\nB\n"""\nx = 1\n', [{ kind: 'import', module: 'six' }]), '"""A\n\nB\n"""\nimport six\nx = 1\n');
  });

  it('appends to a file that has only a docstring without a final newline', () => {
    assert.equal(addImports('"""Doc."""', [{ kind: 'future', name: 'division' }]), '"""Doc."""\nfrom __future__ import division\n');
  });

  it('works on an empty file', () => {
    assert.equal(addImports('', [{ kind: 'import', module: 'six' }]), 'import six\n');
  });
});
