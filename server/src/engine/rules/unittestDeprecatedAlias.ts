import type { Node } from 'web-tree-sitter';
import { isInCompatCode, isLocallyBound } from '../context';
import type { SourceFile } from '../sourceFile';
import type { Fix, RequiredImport, Rule } from '../types';
import { isSideEffectFree } from './builtinReference';

// unittest.TestCase method aliases. The plain ones are aliases of the new name in Python 2.7
// already (`assertEquals = assertEqual`), so renaming is exact on both. The `six` ones were
// renamed in Python 3 only (2.7 lacks `assertRegex`, `assertCountEqual`...), so the compat
// spelling calls `six.assertRegex(self, ...)`, which picks whichever method exists.
const PLAIN: Record<string, string> = {
  assertEquals: 'assertEqual',
  assertNotEquals: 'assertNotEqual',
  assertAlmostEquals: 'assertAlmostEqual',
  assertNotAlmostEquals: 'assertNotAlmostEqual',
  assert_: 'assertTrue',
  failUnless: 'assertTrue',
  failIf: 'assertFalse',
  failUnlessEqual: 'assertEqual',
  failIfEqual: 'assertNotEqual',
  failUnlessAlmostEqual: 'assertAlmostEqual',
  failIfAlmostEqual: 'assertNotAlmostEqual',
  failUnlessRaises: 'assertRaises',
};

const SIX_RENAMED: Record<string, string> = {
  assertRegexpMatches: 'assertRegex',
  assertNotRegexpMatches: 'assertNotRegex',
  assertRaisesRegexp: 'assertRaisesRegex',
  assertItemsEqual: 'assertCountEqual',
};

const SIX: RequiredImport = { kind: 'import', module: 'six' };

export const unittestDeprecatedAlias: Rule = {
  id: 'unittest-deprecated-alias',
  category: 'other',
  severity: 'warning',
  summary: 'Deprecated `unittest` assertion alias, removed in Python 3.12 or renamed in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags calls of the deprecated `TestCase` aliases (`assertEquals`, `assertNotEquals`, `assert_`, `failUnless*`, `failIf*`, ' +
      '`assertAlmostEquals`...) and of the Python 2.7 names Python 3 renamed (`assertRegexpMatches`, `assertNotRegexpMatches`, ' +
      '`assertRaisesRegexp`, `assertItemsEqual`).',
    whyItBreaks:
      'Python 3.12 removed the deprecated aliases (AttributeError); 3.2-3.11 emit DeprecationWarning. `assertItemsEqual` does not ' +
      'exist at all on Python 3: it is `assertCountEqual` there.',
    example: 'self.assertEquals(total, 3)\nself.assertItemsEqual(found, expected)\nself.assertRaisesRegexp(ValueError, "bad", parse, "x")',
    useInstead:
      'py3: self.assertEqual(total, 3); self.assertCountEqual(found, expected); self.assertRaisesRegex(ValueError, "bad", parse, "x")\n' +
      'compat: self.assertEqual(total, 3); six.assertCountEqual(self, found, expected); six.assertRaisesRegex(self, ValueError, "bad", parse, "x")',
    fixSafety:
      'Safe: the old names are aliases of the new ones in Python 2.7, and `assertItemsEqual`/`assertCountEqual` compare the same ' +
      'way (element counts, order ignored). The compat fix for the renamed ones calls `six.assertX(self, ...)`, which dispatches to ' +
      'the method of the running Python.',
  },
  identifiers: [...Object.keys(PLAIN), ...Object.keys(SIX_RENAMED)],
  onIdentifier(node, ctx) {
    const attribute = node.parent;
    if (attribute?.type !== 'attribute' || attribute.childForFieldName('attribute')?.id !== node.id) return;
    // A project's own TestCase base defining the old name keeps it working.
    if (isLocallyBound(ctx.file, node.text) || isInCompatCode(node)) return;
    const name = node.text;
    if (isNamedTupleField(ctx.file, name)) return;
    const plain = PLAIN[name];
    const renamed = SIX_RENAMED[name];
    const replacement = plain ?? renamed;
    const rename: Fix = {
      title: `Replace \`${name}\` with \`${replacement}\``,
      safety: 'safe',
      edits: [{ start: node.startIndex, end: node.endIndex, newText: replacement }],
    };
    const message = plain
      ? `\`${name}\` is a deprecated alias of \`${replacement}\`, removed in Python 3.12`
      : `\`${name}\` was renamed \`${replacement}\` in Python 3`;
    ctx.report({ node, message, fixes: { py3: rename, compat: plain ? rename : sixCall(attribute, replacement) } });
  },
};

/**
 * A namedtuple with a field of that name (3.11 idle_test/test_pyparse.py: `namedtuple('TestInfo', ['string', 'assert_'])`,
 * then `test.assert_(...)` calls the stored function): the attribute is the project's own, not unittest's.
 */
function isNamedTupleField(file: SourceFile, name: string): boolean {
  // A test file calls the same aliases hundreds of times: the whole-text searches are made once per file and name.
  let fields = namedTupleFields.get(file);
  if (!fields) namedTupleFields.set(file, (fields = { mentioned: file.text.includes('namedtuple'), names: new Map() }));
  if (!fields.mentioned) return false;
  let found = fields.names.get(name);
  if (found === undefined) {
    found = new RegExp(`namedtuple\\(\\s*['"]\\w+['"]\\s*,\\s*(?:\\[[^\\]]*|\\([^)]*|['"][^'"]*)\\b${name}\\b`).test(file.text);
    fields.names.set(name, found);
  }
  return found;
}

const namedTupleFields = new WeakMap<SourceFile, { mentioned: boolean; names: Map<string, boolean> }>();

/** `obj.assertItemsEqual(a, b)` -> `six.assertCountEqual(obj, a, b)`; only for calls on a plain receiver. */
function sixCall(attribute: Node, replacement: string): Fix | undefined {
  const call = attribute.parent;
  if (call?.type !== 'call' || call.childForFieldName('function')?.id !== attribute.id) return undefined;
  const receiver = attribute.childForFieldName('object');
  const args = call.childForFieldName('arguments');
  if (!receiver || !isSideEffectFree(receiver) || args?.type !== 'argument_list') return undefined;
  const open = args.startIndex + 1;
  const empty = args.namedChildren.length === 0;
  return {
    title: `Call \`six.${replacement}(${receiver.text}, ...)\``,
    safety: 'safe',
    edits: [
      { start: attribute.startIndex, end: attribute.endIndex, newText: `six.${replacement}` },
      { start: open, end: open, newText: empty ? receiver.text : `${receiver.text}, ` },
    ],
    imports: [SIX],
  };
}
