// gettext's Python 2 unicode API: `translation.ugettext/ungettext` and `install(..., unicode=True)`,
// gone in Python 3 where `gettext`/`ngettext` return text.

import type { Node } from 'web-tree-sitter';
import type { Fix, Rule, RuleContext, Target } from '../types';

const RENAMES: Record<string, string> = { ugettext: 'gettext', ungettext: 'ngettext' };

function sameNode(a: Node | null | undefined, b: Node): boolean {
  return !!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex;
}

function checkMethod(node: Node, ctx: RuleContext): void {
  const attribute = node.parent;
  if (attribute?.type !== 'attribute' || !sameNode(attribute.childForFieldName('attribute'), node)) return;
  const renamed = RENAMES[node.text];
  // The receiver is any translations object; on Python 2 its gettext() returned bytes, so compat has no drop-in name.
  const fix: Fix = { title: `Replace \`.${node.text}\` with \`.${renamed}\``, safety: 'unsafe', edits: [{ start: node.startIndex, end: node.endIndex, newText: renamed }] };
  ctx.report({ node: attribute, message: `\`${node.text}\` does not exist on Python 3 translations; \`${renamed}\` returns text there`, fixes: { py3: fix } });
}

/** `install(..., unicode=...)`: gettext.install / translation.install; Python 3 has no `unicode` parameter. */
function checkInstall(node: Node, ctx: RuleContext): void {
  const argument = node.parent;
  if (argument?.type !== 'keyword_argument' || !sameNode(argument.childForFieldName('name'), node)) return;
  const list = argument.parent;
  const call = list?.parent;
  const fn = call?.type === 'call' ? call.childForFieldName('function') : undefined;
  const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
  if (list?.type !== 'argument_list' || name !== 'install') return;
  const args = list.namedChildren.filter((c) => c.type !== 'comment');
  const index = args.findIndex((a) => sameNode(a, argument));
  const value = argument.childForFieldName('value');
  const fixes: Partial<Record<Target, Fix>> = {};
  // Dropping `unicode=True` keeps the meaning on Python 3 (the installed _() returns text); unicode=False asked for bytes.
  if (value && index >= 0) {
    const start = index > 0 ? args[index - 1].endIndex : argument.startIndex;
    const end = index > 0 ? argument.endIndex : index + 1 < args.length ? args[index + 1].startIndex : argument.endIndex;
    fixes.py3 = { title: 'Remove the `unicode` argument', safety: value.type === 'true' ? 'safe' : 'unsafe', edits: [{ start, end, newText: '' }] };
    // compat: pass it on Python 2 only. Python 2.7 wants a keyword splat after every other argument,
    // so unless `unicode=` is already last it moves to the end of the call.
    if (value.type === 'true' && !args.some((a) => a.type === 'dictionary_splat')) {
      const splat = "**({'unicode': True} if six.PY2 else {})";
      const last = args[args.length - 1];
      fixes.compat = {
        title: 'Pass `unicode=True` on Python 2 only',
        safety: 'safe',
        edits: index === args.length - 1
          ? [{ start: argument.startIndex, end: argument.endIndex, newText: splat }]
          : [{ start, end, newText: '' }, { start: last.endIndex, end: last.endIndex, newText: `, ${splat}` }],
        imports: [{ kind: 'import', module: 'six' }],
      };
    }
  }
  ctx.report({ node: argument, message: '`install()` takes no `unicode` argument in Python 3 (the installed `_()` always returns text)', fixes });
}

export const gettextUnicode: Rule = {
  id: 'gettext-unicode-api',
  category: 'strings-bytes',
  severity: 'error',
  summary: '`ugettext`, `ungettext` and `install(unicode=...)` are Python 2-only gettext API',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `.ugettext` / `.ungettext` attributes (gettext translation methods) and a `unicode=` argument to `install(...)`.',
    whyItBreaks:
      'Python 3 translations return text from `gettext()` and `ngettext()`, and removed `ugettext`, `ungettext` and the `unicode` parameter of ' +
      '`gettext.install()` / `NullTranslations.install()`: AttributeError and TypeError.',
    example: "import gettext\ngettext.install('app', unicode=True)\n_ = translation.ugettext",
    useInstead: "import gettext\ngettext.install('app')\n_ = translation.gettext",
    fixSafety:
      'py3: removing `unicode=True` is safe (the installed `_()` returns text on Python 3 as it did with unicode=True on Python 2); other values ' +
      'and `.ugettext` -> `.gettext` are unsafe (the receiver is not known to be a translations object). compat: `unicode=True` becomes ' +
      '`**({\'unicode\': True} if six.PY2 else {})` (safe); `.ugettext` has no fix, as `six` has no name for it: keep it behind `if six.PY2:`.',
  },
  identifiers: ['ugettext', 'ungettext', 'unicode'],
  onIdentifier(node, ctx) {
    if (node.text === 'unicode') checkInstall(node, ctx);
    else checkMethod(node, ctx);
  },
};
