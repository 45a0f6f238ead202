import type { Node } from 'web-tree-sitter';
import { isWordChar } from '../textScan';
import type { Fix, Rule, RuleContext, TextEdit } from '../types';
import { atStatementStart, scanStatement, splitAtCommas, startsExpression, type Token } from './printStatement';

// tree-sitter's grammar only allows a name or a string after `exec`, so `exec self.code in ns` or
// `exec compile(src, fn, "exec") in ns` come out as ERROR/MISSING nodes whose ranges are wrong.
// The rule therefore works on tokens: it finds `exec` at the start of a statement in the text,
// asks the tree only whether that spot is code (not a string or comment), and reads the statement
// with the token scanner shared with print-statement.

/** The tree's leaf at the keyword must be the keyword or a name, not part of a string or comment. */
function isCode(root: Node, at: number): Node | undefined {
  const leaf = root.descendantForIndex(at, at + 4);
  if (!leaf || leaf.startIndex !== at || leaf.endIndex !== at + 4) return undefined;
  return leaf.type === 'exec' || leaf.type === 'identifier' ? leaf : undefined;
}

function insideFunction(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'lambda') return true;
    if (p.type === 'class_definition') return false;
  }
  return false;
}

/** The edits turning `exec code [in g[, l]]` into `exec(code[, g[, l]])`, or undefined for a form we do not rewrite. */
function execEdits(kwEnd: number, tokens: Token[], end: number): { edits: TextEdit[]; namespaces: number } | undefined {
  const inAt = tokens.findIndex((t) => t.kind === 'name' && t.text === 'in');
  const code = inAt < 0 ? tokens : tokens.slice(0, inAt);
  if (code.length === 0 || code.some((t) => t.kind === 'op' && t.text === ',')) return undefined;
  const edits: TextEdit[] = [{ start: kwEnd, end: code[0].start, newText: '(' }];
  let namespaces = 0;
  if (inAt >= 0) {
    const { items, trailingComma } = splitAtCommas(tokens.slice(inAt + 1));
    if (trailingComma || items.length > 2 || items.some((item) => item.length === 0)) return undefined;
    namespaces = items.length;
    edits.push({ start: code[code.length - 1].end, end: items[0][0].start, newText: ', ' });
  }
  edits.push({ start: end, end, newText: ')' });
  return { edits, namespaces };
}

export const execStatement: Rule = {
  id: 'exec-statement',
  category: 'syntax',
  severity: 'error',
  summary: '`exec` statement is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags the Python 2 `exec` statement: `exec code`, `exec code in g`, `exec code in g, l`, with any expression as the code ' +
      '(`exec self.code in ns`, `exec compile(src, fn, "exec") in ns`). `exec(code)` and `exec(code, g)` are left alone: they ' +
      'mean the same in Python 2.7, which reads the tuple form as `exec code in g`.',
    whyItBreaks: 'Python 3 made `exec` a function: `exec code in ns` is a SyntaxError.',
    example: 'exec "x = 1" in ns\nexec self.code in globals(), local_ns\nexec source',
    useInstead: 'exec("x = 1", ns)\nexec(self.code, globals(), local_ns)\nexec(source)\n# the same for the compat target: Python 2.7 accepts the tuple form',
    fixSafety:
      'Safe with an explicit namespace, and at module or class level. Unsafe for `exec code` without `in` inside a function: ' +
      'Python 2 then runs the code in the function\'s own locals and later lines see the names it assigns; Python 3\'s `exec()` ' +
      'cannot change a function\'s locals. Remaining caveat: Python 2 also accepts an open file object as the code; ' +
      'Python 3 does not (use `f.read()`).',
  },
  checkFile(ctx: RuleContext) {
    const { text, root } = ctx.file;
    // `exec` as a word, found through its rare `x`: searching for `exec` stops at every `e` of
    // the text, and `\bexec\b` costs as much again.
    for (let x = text.indexOf('xec'); x >= 0; x = text.indexOf('xec', x + 3)) {
      const at = x - 1;
      if (at < 0 || text.charCodeAt(at) !== 0x65 || isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + 4))) continue;
      if (!atStatementStart(text, at)) continue;
      const keyword = isCode(root, at);
      if (!keyword) continue;
      const kwEnd = at + 4;
      const scanned = scanStatement(text, kwEnd);
      const { tokens } = scanned;
      // Python 3 code uses `exec` as a name or calls it: `exec(code)`, `exec = f`, bare `exec`.
      if (tokens.length === 0 || !startsExpression(tokens[0])) continue;
      if (tokens.length === 1 && tokens[0].kind === 'group' && tokens[0].text === '(') continue;
      const converted = scanned.complete ? execEdits(kwEnd, tokens, scanned.end) : undefined;
      let fixes: { py3?: Fix; compat?: Fix } = {};
      let message = '`exec` statement is Python 2-only';
      if (converted) {
        const unsafe = converted.namespaces === 0 && insideFunction(keyword);
        if (unsafe) message += ' (inside a function: Python 3\'s `exec()` cannot change the function\'s local variables)';
        const fix: Fix = { title: 'Convert to `exec()` call', safety: unsafe ? 'unsafe' : 'safe', edits: converted.edits };
        fixes = { py3: fix, compat: fix };
      }
      ctx.report({ start: at, end: scanned.end, message, fixes });
    }
  },
};
