import * as assert from 'node:assert/strict';
import { RuleSet } from '../../../server/src/engine/analyze';
import { initParser } from '../../../server/src/engine/parser';
import { SourceFile } from '../../../server/src/engine/sourceFile';
import type { Rule } from '../../../server/src/engine/types';

function nameRule(id: string, identifiers: string[]): Rule {
  return {
    id, category: 'builtins', severity: 'error', summary: id, fixability: {},
    docs: { whatItDoes: 'x', whyItBreaks: 'x', example: 'x', useInstead: 'x', fixSafety: 'x' },
    identifiers,
    onIdentifier(node, ctx) {
      ctx.report({ node, message: `${node.text}@${node.parent?.type}` });
    },
  };
}

describe('engine: rules that declare identifiers', () => {
  before(initParser);

  const code = [
    'x = izip(a) + izip_longest(b)',
    's = "izip in a string"  # izip in a comment',
    'obj.izip()',
    'izipper = myizip = 1',
    'def f(izip=izip): pass',
    '',
  ].join('\n');

  it('hands every identifier with a declared name to its rule, skipping strings, comments and longer names', () => {
    const file = SourceFile.parse(code);
    const rules = new RuleSet([nameRule('a', ['izip']), nameRule('b', ['izip_longest'])]);
    const found = rules.analyze(file).map((f) => `${f.ruleId}:${f.message}`);
    assert.deepEqual(found, ['a:izip@call', 'b:izip_longest@call', 'a:izip@attribute', 'a:izip@default_parameter', 'a:izip@default_parameter']);
    file.dispose();
  });

  it('gives a name declared by several rules to each of them, and honours select and range', () => {
    const file = SourceFile.parse(code);
    const rules = new RuleSet([nameRule('a', ['izip']), nameRule('c', ['izip'])]);
    assert.equal(rules.analyze(file).length, 8);
    assert.equal(rules.analyze(file, { select: new Set(['c']) }).length, 4);
    const secondLine = file.lineIndex.lineStart(2);
    assert.deepEqual(rules.analyze(file, { range: { startIndex: secondLine, endIndex: file.lineIndex.lineStart(3) } }).map((f) => f.ruleId), ['a', 'c']);
    file.dispose();
  });

  it('rejects a declared name that is not a name', () => {
    assert.throws(() => new RuleSet([nameRule('bad', ['not-a-name'])]), /not a name/);
  });

  it('hands keyword tokens to rules that declare keywords, and names to rules that declare identifiers', () => {
    const keywordRule: Rule = {
      ...nameRule('kw', []),
      identifiers: undefined,
      keywords: ['except', 'import', 'for'],
      onKeyword(keyword, ctx) {
        ctx.report({ node: keyword, message: `${keyword.type}@${keyword.parent?.type}` });
      },
    };
    const file = SourceFile.parse('from m import x\ntry: pass\nexcept E, e: pass\ny = [i for i in z]  # for import\ns = "except"\nfor_ = 1\n');
    const found = new RuleSet([keywordRule, nameRule('id', ['for_'])]).analyze(file).map((f) => `${f.ruleId}:${f.message}`);
    assert.deepEqual(found, ['kw:import@import_from_statement', 'kw:except@except_clause', 'kw:for@for_in_clause', 'id:for_@assignment']);
    file.dispose();
  });

  it('skips a keyword hit that every rule on the keyword rules out from the text, and only then', () => {
    const seen: string[] = [];
    const keywordRule = (id: string, mayConcern?: (text: string, start: number) => boolean): Rule => ({
      ...nameRule(id, []),
      identifiers: undefined,
      keywords: ['for'],
      keywordMayConcern: mayConcern,
      onKeyword(keyword, ctx) {
        ctx.report({ node: keyword, message: `${keyword.parent?.type}` });
      },
    });
    // Rules out the `for` of a line that starts with it.
    const notFirstOnLine = (text: string, start: number): boolean => {
      seen.push(text.slice(start, start + 5));
      return start > 0 && text[start - 1] !== '\n';
    };
    const file = SourceFile.parse('for a in b: pass\ny = [i for i in z]\n');
    const filtered = new RuleSet([keywordRule('f1', notFirstOnLine), keywordRule('f2', notFirstOnLine)]);
    assert.deepEqual(filtered.analyze(file).map((f) => `${f.ruleId}:${f.message}`), ['f1:for_in_clause', 'f2:for_in_clause']);
    assert.ok(seen.length >= 2, 'the filter was asked');
    // A rule without a filter on the same keyword still sees every hit, so the others' filters cannot skip it.
    const mixed = new RuleSet([keywordRule('f1', notFirstOnLine), keywordRule('plain')]);
    assert.deepEqual(mixed.analyze(file).map((f) => `${f.ruleId}:${f.message}`).sort(), ['f1:for_in_clause', 'f1:for_statement', 'plain:for_in_clause', 'plain:for_statement']);
    file.dispose();
  });
});
