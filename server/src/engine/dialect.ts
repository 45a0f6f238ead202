// Which Python a file is written in, from cheap evidence: 'py2' when the file uses syntax only
// Python 2 accepts or is written to run on Python 2 (a `from __future__ import print_function`-era
// import, `six`), 'py3' when it has none of that and uses syntax Python 2 cannot parse (or that
// only Python 3 code writes), 'unknown' otherwise (small files, code with no telling syntax).
//
// Rules use it to stay quiet about code that is correct in a Python 3 file: `'\u00e9'` is an
// escape there, exactly what its author meant. Python 2 evidence always wins, so a file with one
// print statement keeps every finding; 'unknown' keeps today's behaviour.
//
// Cost: one regular expression pass over the text; each hit is then checked against the tree
// tree-sitter already built (one descendantForIndex call), so hits inside strings and comments do
// not count. A hit in a string skips the rest of that string, so a long docstring costs one check.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from './context';
import type { SourceFile } from './sourceFile';

export type Dialect = 'py2' | 'py3' | 'unknown';

export interface DialectVerdict {
  dialect: Dialect;
  /** The first confirmed piece of evidence for the verdict (none for 'unknown'). */
  evidence?: { kind: string; start: number };
  /**
   * The file writes a `u''` literal somewhere (valid on both, but Python 2's way to spell text).
   * Only meaningful when the dialect is not 'py2' (the scan stops at the first Python 2 evidence).
   */
  unicodePrefix: boolean;
}

interface Signal {
  kind: string;
  /** 'text': a `u''` literal, evidence of neither dialect (see DialectVerdict.unicodePrefix). */
  dialect: 'py2' | 'py3' | 'text';
  /** Source of a regular expression without capturing groups (flags: g, m). */
  pattern: string;
  /** Whether the hit at [start, start + text.length) is the construct in the tree, not look-alike text. */
  confirm(file: SourceFile, start: number, text: string): boolean;
}

/** The smallest node exactly covering [start, end), or undefined. */
function nodeAt(file: SourceFile, start: number, end: number): Node | undefined {
  const node = file.root.descendantForIndex(start, end);
  return node && node.startIndex === start && node.endIndex === end ? node : undefined;
}

/** The token that ends the hit (patterns are written so the evidence token is last). */
function lastToken(file: SourceFile, start: number, text: string, token: string): Node | undefined {
  const end = start + text.length;
  return nodeAt(file, end - token.length, end);
}

const tokenWithParent =
  (token: string, ...parents: string[]) =>
  (file: SourceFile, start: number, text: string): boolean => {
    const node = lastToken(file, start, text, token);
    return node !== undefined && node.type === token && parents.includes(node.parent?.type ?? '');
  };

const stringPrefix = (file: SourceFile, start: number, text: string): boolean => {
  // The prefix and quote are the string's start token: `ur"`, `f'`, `rb"`...
  const node = file.root.descendantForIndex(start, start + text.length);
  return node?.type === 'string_start' && node.startIndex === start;
};

const integerLiteral = (test: RegExp) => (file: SourceFile, start: number, text: string): boolean => {
  const node = nodeAt(file, start, start + text.length);
  return node?.type === 'integer' && test.test(node.text);
};

const PY2_SIGNALS: Signal[] = [
  {
    // 2/3-compatible code runs on Python 2: what differs between the two matters there as in Python 2 code.
    kind: 'import of six, future or past (code that runs on Python 2)',
    dialect: 'py2',
    pattern: String.raw`\b(?:import|from)[ \t]+(?:six|future|past)\b`,
    confirm: (file, start, text) => {
      const keyword = file.root.descendantForIndex(start, start + (text.startsWith('import') ? 6 : 4));
      const statement = keyword?.startIndex === start ? keyword.parent : undefined;
      return statement?.type === 'import_statement' || statement?.type === 'import_from_statement';
    },
  },
  {
    // `print x`, `print >>f, x`, `print "a" % b`, and a bare `print` (which prints a newline on 2
    // and does nothing on 3). `print (x)` and `print -1` are ambiguous and not evidence.
    kind: 'print statement',
    dialect: 'py2',
    pattern: String.raw`\bprint(?=[ \t]*$|[ \t]+(?:>>|["'\w\x60{~]))`,
    confirm: (file, start, text) => {
      const node = lastToken(file, start, text, 'print');
      if (!node) return false;
      if (node.type === 'print' && node.parent?.type === 'print_statement') return true;
      return node.type === 'identifier' && node.parent?.type === 'expression_statement' && node.parent.namedChildCount === 1 && !file.futureFeatures.has('print_function');
    },
  },
  { kind: 'exec statement', dialect: 'py2', pattern: String.raw`\bexec(?=[ \t]+["'\w])`, confirm: tokenWithParent('exec', 'exec_statement') },
  {
    kind: 'backtick repr',
    dialect: 'py2',
    pattern: '\x60',
    confirm: (file, start) => {
      const node = file.root.descendantForIndex(start, start + 1);
      return node?.type === 'string_start' && node.startIndex === start && node.text === '\x60';
    },
  },
  { kind: '`<>` operator', dialect: 'py2', pattern: '<>', confirm: (file, start) => nodeAt(file, start, start + 2)?.type === '<>' },
  { kind: '`ur` string prefix', dialect: 'py2', pattern: String.raw`\b[uU][rR](?=["'])`, confirm: stringPrefix },
  { kind: 'old octal literal', dialect: 'py2', pattern: String.raw`\b0\d+[lL]?(?![\w.])`, confirm: integerLiteral(/^0+[1-9]\d*[lL]?$/) },
  { kind: 'long literal', dialect: 'py2', pattern: String.raw`\b(?:0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|\d+)[lL](?!\w)`, confirm: integerLiteral(/[lL]$/) },
  {
    kind: '`except E, e:`',
    dialect: 'py2',
    pattern: String.raw`\bexcept(?=[ \t]*(?:[\w.]+|\([^()\n]*\))[ \t]*,)`,
    confirm: (file, start, text) => {
      const node = lastToken(file, start, text, 'except');
      return node?.type === 'except' && node.parent?.type === 'except_clause' && node.parent.childrenForFieldName('value').length === 2;
    },
  },
  {
    kind: '`raise E, V`',
    dialect: 'py2',
    pattern: String.raw`\braise(?=[ \t]+[\w.]+[ \t]*,)`,
    confirm: (file, start, text) => {
      const node = lastToken(file, start, text, 'raise');
      return node?.type === 'raise' && node.parent?.type === 'raise_statement' && node.parent.firstNamedChild?.type === 'expression_list';
    },
  },
  {
    kind: 'tuple parameter',
    dialect: 'py2',
    pattern: String.raw`(?:\bdef[ \t]+\w+[ \t]*\((?:[^()\n]*,)?|\blambda[ \t]+(?:[^():\n]*,)?)[ \t]*\(`,
    confirm: (file, start, text) => {
      const node = lastToken(file, start, text, '(');
      return node?.type === '(' && node.parent?.type === 'tuple_pattern' &&
        ['parameters', 'lambda_parameters', 'default_parameter'].includes(node.parent.parent?.type ?? '');
    },
  },
];

const PY3_SIGNALS: Signal[] = [
  { kind: 'f-string', dialect: 'py3', pattern: String.raw`\b(?:[fF][rR]?|[rR][fF])(?=["'])`, confirm: stringPrefix },
  // Python 2 accepts `br''` but not `rb''`.
  { kind: '`rb` string prefix', dialect: 'py3', pattern: String.raw`\b[rR][bB](?=["'])`, confirm: stringPrefix },
  { kind: '`nonlocal`', dialect: 'py3', pattern: String.raw`\bnonlocal(?=[ \t]+\w)`, confirm: tokenWithParent('nonlocal', 'nonlocal_statement') },
  { kind: '`async def/for/with`', dialect: 'py3', pattern: String.raw`\basync(?=[ \t]+(?:def|for|with)\b)`, confirm: tokenWithParent('async', 'function_definition', 'for_statement', 'with_statement', 'for_in_clause') },
  { kind: '`await`', dialect: 'py3', pattern: String.raw`\bawait(?=[ \t]+[\w(\[])`, confirm: tokenWithParent('await', 'await') },
  { kind: '`yield from`', dialect: 'py3', pattern: String.raw`\byield[ \t]+from(?=[ \t(])`, confirm: tokenWithParent('from', 'yield') },
  { kind: '`raise X from Y`', dialect: 'py3', pattern: String.raw`\braise\b[^\n#'"]*?[\w)\]][ \t]+from(?=[ \t(])`, confirm: tokenWithParent('from', 'raise_statement') },
  {
    kind: 'keyword-only or positional-only parameter marker',
    dialect: 'py3',
    pattern: String.raw`[(,][ \t]*[*/](?=[ \t]*[,)])`,
    confirm: (file, start, text) => {
      const node = file.root.descendantForIndex(start + text.length - 1, start + text.length);
      return node?.type === 'keyword_separator' || node?.type === 'positional_separator' ||
        (node !== null && (node.parent?.type === 'keyword_separator' || node.parent?.type === 'positional_separator'));
    },
  },
  {
    // `def f(*args, key=None)`: a parameter after `*args` is keyword-only, which Python 2 cannot parse.
    kind: 'parameter after `*args`',
    dialect: 'py3',
    pattern: String.raw`\bdef[ \t]+\w+[ \t]*\((?:[^()\n]*?,)?[ \t]*\*\w+[ \t]*,[ \t]*(?!\*)\w`,
    confirm: (file, start, text) => {
      const node = file.root.descendantForIndex(start + text.length - 1, start + text.length);
      let parameter: Node | null = node;
      for (let i = 0; parameter && parameter.parent?.type !== 'parameters' && i < 3; i++) parameter = parameter.parent;
      if (!parameter || parameter.parent?.type !== 'parameters') return false;
      for (let sibling = parameter.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
        if (sibling.type === 'list_splat_pattern') return true;
      }
      return false;
    },
  },
  { kind: 'return annotation', dialect: 'py3', pattern: String.raw`\)[ \t]*->`, confirm: tokenWithParent('->', 'function_definition') },
  {
    kind: 'parameter annotation',
    dialect: 'py3',
    pattern: String.raw`\bdef[ \t]+\w+[ \t]*\((?:[^()\n]*?,)?[ \t]*\w+[ \t]*:`,
    confirm: tokenWithParent(':', 'typed_parameter', 'typed_default_parameter'),
  },
  {
    kind: 'variable annotation',
    dialect: 'py3',
    pattern: String.raw`\n[ \t]*[A-Za-z_][\w.]*[ \t]*:(?=[ \t]*[A-Za-z_'"\[])`,
    confirm: (file, start, text) => {
      const node = lastToken(file, start, text, ':');
      return node?.type === ':' && node.parent?.type === 'assignment';
    },
  },
  {
    // Python 2 without the future import reads `print(x, end='')` as a print statement of a
    // tuple holding an assignment: a SyntaxError. Only Python 3 code writes it.
    kind: '`print(..., end=/sep=/file=)`',
    dialect: 'py3',
    pattern: String.raw`\bprint\([^\n]*?\b(?:end|sep|file|flush)[ \t]*=(?!=)`,
    confirm: (file, start, text) => {
      if (file.futureFeatures.has('print_function')) return false;
      const node = lastToken(file, start, text, '=');
      const argumentList = node?.parent?.type === 'keyword_argument' ? node.parent.parent : undefined;
      const call = argumentList?.type === 'argument_list' ? argumentList.parent : undefined;
      return call?.type === 'call' && call.childForFieldName('function')?.text === 'print';
    },
  },
  {
    // Python 2's super() needs its arguments (TypeError without them): only Python 3 code writes `super()`.
    kind: 'bare `super()`',
    dialect: 'py3',
    pattern: String.raw`\bsuper\(\)`,
    confirm: (file, start) => {
      const node = nodeAt(file, start, start + 5);
      const call = node?.type === 'identifier' ? node.parent : undefined;
      return call?.type === 'call' && call.childForFieldName('arguments')?.namedChildCount === 0;
    },
  },
  { kind: '`except*`', dialect: 'py3', pattern: String.raw`\bexcept[ \t]*\*`, confirm: tokenWithParent('*', 'except_clause', 'except_group_clause') },
  { kind: 'walrus `:=`', dialect: 'py3', pattern: ':=', confirm: (file, start) => nodeAt(file, start, start + 2)?.parent?.type === 'named_expression' },
  {
    kind: '`metaclass=` keyword',
    dialect: 'py3',
    pattern: String.raw`\bclass[ \t]+\w+[ \t]*\([^()\n]*?\bmetaclass[ \t]*=`,
    confirm: (file, start, text) => {
      const node = lastToken(file, start, text, '=');
      return node?.parent?.type === 'keyword_argument' && node.parent.parent?.parent?.type === 'class_definition';
    },
  },
  {
    // Standard-library modules Python 2 does not have under any name a backport uses (`mock`, `trollius`,
    // `importlib2` are the backports' names); an import guarded by `try/except ImportError` is a shim, not evidence.
    kind: 'import of a Python 3-only module',
    dialect: 'py3',
    pattern: String.raw`\b(?:import[ \t]+(?:unittest\.mock|collections\.abc|asyncio|tomllib)\b|from[ \t]+(?:unittest\.mock|collections\.abc|asyncio|tomllib|importlib\.(?:util|machinery|abc|resources|metadata))[ \t]+import\b|from[ \t]+(?:unittest[ \t]+import[ \t]+mock|collections[ \t]+import[ \t]+abc)\b)`,
    confirm: (file, start, text) => {
      const keyword = file.root.descendantForIndex(start, start + (text.startsWith('import') ? 6 : 4));
      const statement = keyword?.startIndex === start ? keyword.parent : undefined;
      return (statement?.type === 'import_statement' || statement?.type === 'import_from_statement') && !isInCompatCode(statement);
    },
  },
  // Not evidence: `...` as a statement. Python 2 rejects it outside a subscript, but examples and
  // sketches of Python 2 code use it as a placeholder (`def next(self): ...`).
];

const UNICODE_PREFIX: Signal = { kind: '`u` string prefix', dialect: 'text', pattern: String.raw`\b[uU](?=["'])`, confirm: stringPrefix };

const SIGNALS: readonly Signal[] = [...PY2_SIGNALS, ...PY3_SIGNALS, UNICODE_PREFIX];
// One alternation, one capturing group per signal: the group that took part names the signal.
// The lookahead is what every signal's match must start with: a punctuation signal's first characters,
// or a word that is one of the keywords, a string prefix before its quote, a number. It rejects most
// positions before the ~30 alternatives are tried one by one: in particular every `(`, `,`, `)` and
// newline that only a first-character test let through (measured over the 2.7 stdlib: the scan alone
// ~260 -> ~200 ms CPU with a first-character test, ~8% less again with this one). A new signal must
// be let through here.
const SCAN_START = String.raw`(?=\x60|<>|:=|[(,][ \t]*[*/]|\)[ \t]*->|\n[ \t]*[A-Za-z_][\w.]*[ \t]*:|\b(?:print|exec|except|raise|def|lambda|import|from|nonlocal|async|await|yield|super|class|[uUfFrR][rRbBfF]?["']|\d))`;
const SCAN = new RegExp(`${SCAN_START}(?:${SIGNALS.map((s) => `(${s.pattern})`).join('|')})`, 'gm');
const PY3_ONLY_FUTURES = ['annotations', 'generator_stop', 'barry_as_FLUFL'];
// Imports that only matter on Python 2: a file that makes them is written to run there.
export const PY2_ERA_FUTURES: readonly string[] = ['print_function', 'unicode_literals', 'division', 'absolute_import', 'with_statement', 'generators', 'nested_scopes'];
const STRING_PARTS = new Set(['string_content', 'string_start', 'string_end', 'escape_sequence', 'string']);

export function dialectVerdict(file: SourceFile): DialectVerdict {
  return file.memo('dialect', computeVerdict);
}

export function fileDialect(file: SourceFile): Dialect {
  return dialectVerdict(file).dialect;
}

function computeVerdict(file: SourceFile): DialectVerdict {
  const text = file.text;
  const py2Future = PY2_ERA_FUTURES.find((name) => file.futureFeatures.has(name));
  if (py2Future) return { dialect: 'py2', evidence: { kind: `from __future__ import ${py2Future} (code that runs on Python 2)`, start: 0 }, unicodePrefix: false };
  let py3: DialectVerdict['evidence'];
  let unicodePrefix = false;
  const future = PY3_ONLY_FUTURES.find((name) => file.futureFeatures.has(name));
  if (future) py3 = { kind: `from __future__ import ${future}`, start: 0 };
  const scan = new RegExp(SCAN);
  for (let match = scan.exec(text); match; match = scan.exec(text)) {
    let index = 1;
    while (match[index] === undefined) index++;
    const signal = SIGNALS[index - 1];
    if ((signal.dialect === 'py3' && py3) || (signal.dialect === 'text' && unicodePrefix)) continue;
    const start = match.index;
    if (signal.confirm(file, start, match[0])) {
      if (signal.dialect === 'py2') return { dialect: 'py2', evidence: { kind: signal.kind, start }, unicodePrefix };
      if (signal.dialect === 'py3') py3 = { kind: signal.kind, start };
      else unicodePrefix = true;
      continue;
    }
    // A hit inside a string or comment: skip the rest of it, so a docstring full of look-alikes costs one check.
    const inside = file.root.descendantForIndex(start, start);
    const container = inside?.type === 'comment' ? inside : STRING_PARTS.has(inside?.type ?? '') ? enclosingString(inside) : undefined;
    if (container && container.endIndex > scan.lastIndex) scan.lastIndex = container.endIndex;
  }
  return py3 ? { dialect: 'py3', evidence: py3, unicodePrefix } : { dialect: 'unknown', unicodePrefix };
}

function enclosingString(node: Node | null): Node | undefined {
  for (let n = node; n; n = n.parent) {
    if (n.type === 'string') {
      // An f-string's interpolations hold code; only a plain string is skipped whole.
      return /[fF]/.test(n.firstChild?.text ?? '') ? undefined : n;
    }
  }
  return undefined;
}
