import type { Node } from 'web-tree-sitter';
import { indentWidth, lexPython, type LexResult, type PhysicalLine, type Token } from '../pythonLexer';
import type { SourceFile } from '../sourceFile';
import { isWordChar } from '../textScan';
import type { Fix, Rule, RuleContext, TextEdit } from '../types';

// Cheap evidence that the lexer has work to do: a word that became a keyword, or True/False/None
// as an attribute, an assignment target, a keyword argument or a parameter. Each occurrence of
// those words is looked at in its immediate text, and hits inside strings and comments are
// discarded through the tree before the file is lexed. Each word is found with `indexOf`, which
// skips along the text to the first character of what it seeks: for `async` and `await` that is a
// rarer letter inside the word (`y`, `w`); for `nonlocal`, whose letters are all common, `cal` costs
// half of `nonlocal` (~6 ms over the stdlib). The six searches cost half of one regular expression
// with `\b` for the six words. Most of the ~14,000 `None`s in the stdlib are dismissed by the
// character before them, without slicing the text around them.
const SEARCHES: readonly { word: string; needle: string; offset: number }[] = [
  { word: 'async', needle: 'ync', offset: 2 },
  { word: 'await', needle: 'wait', offset: 1 },
  { word: 'nonlocal', needle: 'cal', offset: 5 },
  { word: 'True', needle: 'True', offset: 0 },
  { word: 'False', needle: 'False', offset: 0 },
  { word: 'None', needle: 'None', offset: 0 },
];
const NOT_CODE = new Set(['comment', 'string_content', 'string_start', 'string_end', 'escape_sequence', 'string']);
const ATTRIBUTE_BEFORE = /\.\s*$/;
const BINDER_BEFORE = /\b(?:def|class|as|import|global|for)[ \t]+$/;
const ASSIGNED_AFTER = /^[ \t]*(?:[-+*/%&|^@]|\*\*|\/\/|>>|<<)?=(?!=)/;
const STATEMENT_START_BEFORE = /(?:^|[\n;])[ \t]*\(?[ \t]*$/;
const TARGET_LIST_AFTER = /^[\w \t,()]*(?:[-+*/%&|^@]|\*\*|\/\/|>>|<<)?=(?!=)/;

function hasCandidate(file: SourceFile): boolean {
  const text = file.text;
  for (const { word, needle, offset } of SEARCHES) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const start = at - offset;
      const end = start + word.length;
      // The word, whole: `\b` on both sides.
      if (offset > 0 && (start < 0 || !text.startsWith(word, start))) continue;
      if (isWordChar(text.charCodeAt(start - 1)) || isWordChar(text.charCodeAt(end))) continue;
      if (!isCandidate(text, word, start, end)) continue;
      const node = file.root.descendantForIndex(start, end);
      if (node && !NOT_CODE.has(node.type)) return true;
    }
  }
  return false;
}

function isCandidate(text: string, word: string, start: number, end: number): boolean {
  if (word === 'async' || word === 'await' || word === 'nonlocal') return true;
  if (word === 'None') {
    // ATTRIBUTE_BEFORE alone, without the slice: a `.` then only whitespace in the 16 characters before.
    const from = Math.max(0, start - 16);
    let i = start - 1;
    while (i >= from && isSpace(text.charCodeAt(i))) i--;
    return i >= from && text.charCodeAt(i) === 0x2e;
  }
  const before = text.slice(Math.max(0, start - 16), start);
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, lineEnd < 0 ? text.length : Math.min(lineEnd, end + 200));
  return ATTRIBUTE_BEFORE.test(before) || BINDER_BEFORE.test(before) || ASSIGNED_AFTER.test(after) ||
    (STATEMENT_START_BEFORE.test(before) && TARGET_LIST_AFTER.test(after));
}

/** `\s` of a regular expression, for one UTF-16 code unit. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}

const NEW_KEYWORDS = new Map([['async', 'Python 3.7'], ['await', 'Python 3.7'], ['nonlocal', 'Python 3']]);
const CONSTANTS = new Set(['True', 'False', 'None']);
// Words that end a backwards walk over a target list: `return True, x = ...` is no assignment to True.
const PYTHON_KEYWORDS = new Set([
  'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'exec', 'finally', 'for', 'from',
  'global', 'if', 'import', 'in', 'is', 'lambda', 'not', 'or', 'pass', 'print', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '|=', '^=', '@=']);
const BINDING_KEYWORDS = new Set(['def', 'class', 'as', 'import', 'global', 'for']);

export const keywordIdentifier: Rule = {
  id: 'keyword-identifier',
  category: 'syntax',
  severity: 'error',
  summary: 'A name that is a keyword in Python 3 (`async`, `await`, `nonlocal`, or an assignment to `True`/`False`)',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes:
      'Flags `async`, `await` and `nonlocal` used as names (variables, parameters, functions, attributes, keyword arguments), ' +
      'assignments to `True` and `False`, and attributes named `True`, `False` or `None`.',
    whyItBreaks:
      'Python 2 has no `nonlocal`, `async` or `await` keywords, and `True`/`False` are ordinary builtin names there (`True, False = 1, 0` ' +
      'was a common idiom for Python 2.2). Python 3 made `nonlocal`, `True`, `False` and `None` keywords, and Python 3.7 made `async` and ' +
      '`await` keywords everywhere, so each of these uses is a SyntaxError, even `x.async` or `f(async=True)`.',
    example: 'def fetch(url, async=False):\n    if async or options.async:\n        return start(url)\n    return get(url)',
    useInstead: "def fetch(url, async_=False):\n    if async_ or getattr(options, 'async'):\n        return start(url)\n    return get(url)",
    fixSafety:
      'Reading an attribute (`obj.async`, `obj.None`) becomes `getattr(obj, \'async\')`: safe, it is the same lookup on Python 2 and 3. ' +
      'Renaming is unsafe, and offered only for names local to one function (a parameter or a variable assigned there): every use ' +
      'inside that function becomes `async_`; callers that pass the parameter by keyword, and code that uses `locals()` or `exec`, ' +
      'see the new name. Module-level names, assigned attributes, keyword arguments and assignments to `True`/`False` are left to ' +
      'you: they are part of an interface, or (for `True`/`False`) the assignment should simply be deleted.',
  },
  checkFile(ctx) {
    const text = ctx.file.text;
    if (!hasCandidate(ctx.file)) return;
    const lex = lexPython(text);
    const scopes = new ScopeFinder(text, lex);
    const { tokens } = lex;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.kind !== 'name') continue;
      if (NEW_KEYWORDS.has(token.text)) checkNewKeyword(ctx, scopes, tokens, i);
      else if (CONSTANTS.has(token.text)) checkConstant(ctx, scopes, tokens, i);
    }
  },
};

function checkNewKeyword(ctx: RuleContext, scopes: ScopeFinder, tokens: readonly Token[], i: number): void {
  const token = tokens[i];
  const word = token.text;
  const since = NEW_KEYWORDS.get(word) ?? 'Python 3';
  const previous = tokens[i - 1];
  // After a dot it is an attribute even where tree-sitter reads a keyword (`[a.async for a in b]`).
  if (previous?.text !== '.' && isGenuineKeyword(ctx.file.root, token)) return;
  // In Python 3 code, `await` before an operand is the keyword: tree-sitter misreads some valid forms
  // (`(x for x in y if await f(x))`, legal since 3.7) as a name.
  const next = tokens[i + 1];
  if (word === 'await' && previous?.text !== '.' && next && next.kind !== 'op' && next.kind !== 'comment' && ctx.dialect === 'py3') return;
  if (previous?.text === '.') {
    ctx.report({
      start: token.start,
      end: token.end,
      message: `Attribute \`${word}\` is a keyword in ${since}: use \`getattr(obj, '${word}')\` / \`setattr\` or rename the attribute`,
      fixes: withBothTargets(scopes.attributeReadFix(i) ?? scopes.attributeAssignFix(i)),
    });
    return;
  }
  if (previous && (previous.text === 'def' || previous.text === 'class')) {
    ctx.report({ start: token.start, end: token.end, message: `\`${word}\` is a keyword in ${since} and cannot name a ${previous.text === 'def' ? 'function' : 'class'}` });
    return;
  }
  if (scopes.isKeywordArgument(i)) {
    ctx.report({ start: token.start, end: token.end, message: `Keyword argument \`${word}\` is a keyword in ${since}: pass it as \`**{'${word}': ...}\` or rename the parameter` });
    return;
  }
  const rename = scopes.localRename(i);
  const fix: Fix | undefined = rename
    ? { title: `Rename \`${word}\` to \`${rename.newName}\` in this function`, safety: 'unsafe', edits: rename.edits }
    : scopes.classAttributeFix(i);
  ctx.report({
    start: token.start,
    end: token.end,
    message: `\`${word}\` is a keyword in ${since} and cannot be used as a name`,
    fixes: fix ? { py3: fix, compat: fix } : {},
  });
}

/** `async def`, `await x` inside `async def` and `nonlocal x` in a file that already uses them as Python 3 does. */
function isGenuineKeyword(root: Node, token: Token): boolean {
  const node = root.descendantForIndex(token.start, token.end);
  if (!node || node.isNamed || node.type !== token.text || node.startIndex !== token.start) return false;
  const parent = node.parent;
  if (!parent || parent.type === 'ERROR') return false;
  if (token.text !== 'await') return true;
  // Python 2's `await(x)` calls a function named await; tree-sitter reads it as an await expression.
  for (let at: Node | null = parent; at; at = at.parent) {
    if (at.type === 'function_definition') return at.firstChild?.type === 'async';
  }
  return false;
}

function checkConstant(ctx: RuleContext, scopes: ScopeFinder, tokens: readonly Token[], i: number): void {
  const token = tokens[i];
  const word = token.text;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous?.text === '.') {
    ctx.report({
      start: token.start,
      end: token.end,
      message: `Attribute \`${word}\` is a keyword in Python 3: use \`getattr(obj, '${word}')\` or rename the attribute`,
      fixes: withBothTargets(scopes.attributeReadFix(i)),
    });
    return;
  }
  if (word === 'None') return; // Python 2 already refuses to bind None.
  if (next?.text === '=' && scopes.isKeywordArgument(i)) {
    ctx.report({ start: token.start, end: token.end, message: `Keyword argument \`${word}\` is a SyntaxError in Python 3, where \`${word}\` is a keyword` });
    return;
  }
  const binds =
    (next && ASSIGN_OPS.has(next.text)) ||
    scopes.inDefParameters(i) ||
    (previous?.kind === 'name' && BINDING_KEYWORDS.has(previous.text)) ||
    scopes.inTargetList(i);
  if (!binds) return;
  // `True, False = 1, 0` was the Python 2.2 idiom; since 2.3 the builtins exist, so deleting it is the fix.
  const assignment = !scopes.inDefParameters(i) && (next?.text === '=' || scopes.inTargetList(i));
  // An assignment's finding runs to its `=`: tree-sitter's ERROR node for `True, False = 1, 0` starts
  // there, and the syntax-error finding it gives is dropped where this one overlaps it.
  const equals = assignment ? (next?.text === '=' ? i + 1 : scopes.targetListAssignment(i)) : -1;
  ctx.report({
    start: token.start,
    end: equals >= 0 ? tokens[equals].end : token.end,
    message: `\`${word}\` is a keyword in Python 3 and cannot be ${assignment ? 'assigned; delete the assignment (the builtin is always there)' : 'used as a name'}`,
  });
}

function withBothTargets(fix: Fix | undefined): { py3?: Fix; compat?: Fix } {
  return fix ? { py3: fix, compat: fix } : {};
}

/** Finds statement starts, enclosing functions and name bindings from the tokens and logical lines. */
class ScopeFinder {
  /** Logical lines that hold code, with their Python 2 indentation. */
  private readonly statements: { line: PhysicalLine; col: number; firstToken: number }[] = [];
  private readonly statementStarts = new Set<number>();
  /** Per token: the innermost open bracket's index into tokens, or -1. */
  private readonly openBracket: Int32Array;

  constructor(
    private readonly text: string,
    private readonly lex: LexResult,
  ) {
    const { tokens } = lex;
    let t = 0;
    for (const line of lex.lines) {
      if (!line.logical || line.blank) continue;
      while (t < tokens.length && tokens[t].start < line.indentEnd) t++;
      if (t >= tokens.length) break;
      this.statements.push({ line, col: indentWidth(text.slice(line.start, line.indentEnd)), firstToken: t });
      this.statementStarts.add(t);
    }
    this.openBracket = new Int32Array(tokens.length);
    const stack: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // A new logical line closes whatever an unbalanced line left open.
      if (this.statementStarts.has(i)) stack.length = 0;
      this.openBracket[i] = stack.length > 0 ? stack[stack.length - 1] : -1;
      const op = tokens[i].kind === 'op' ? tokens[i].text : '';
      if (op === '(' || op === '[' || op === '{') stack.push(i);
      else if ((op === ')' || op === ']' || op === '}') && stack.length > 0) stack.pop();
    }
  }

  /** `name=` directly inside the parentheses of a call (not of a `def` header or a `lambda`). */
  isKeywordArgument(i: number): boolean {
    const { tokens } = this.lex;
    if (tokens[i + 1]?.text !== '=') return false;
    const open = this.openBracket[i];
    if (open < 0 || tokens[open].text !== '(') return false;
    const before = tokens[open - 1];
    if (!before) return false;
    const isCall = (before.kind === 'name' && !PYTHON_KEYWORDS.has(before.text)) || before.text === ')' || before.text === ']';
    if (!isCall) return false;
    // `def f(x=1)`: the name before the parenthesis is the function's.
    if (tokens[open - 2]?.text === 'def') return false;
    // `f(lambda x=1: x)`
    for (let k = i - 1; k > open; k--) {
      if (tokens[k].text === 'lambda') return false;
      if (tokens[k].text === ',' && this.openBracket[k] === open) break;
    }
    return true;
  }

  /** A statement-level target list ending in `=`: `True, False = 1, 0`. */
  inTargetList(i: number): boolean {
    return this.targetListAssignment(i) >= 0;
  }

  /** The index of the `=` that ends the statement-level target list holding token i, or -1. */
  targetListAssignment(i: number): number {
    const { tokens } = this.lex;
    let k = i;
    while (k > 0 && !this.statementStarts.has(k) && tokens[k - 1].text !== ';' && isTargetListToken(tokens[k - 1])) k--;
    if (!(this.statementStarts.has(k) || tokens[k - 1]?.text === ';')) return -1;
    let j = i + 1;
    while (j < tokens.length && !this.statementStarts.has(j) && isTargetListToken(tokens[j])) j++;
    return j < tokens.length && !this.statementStarts.has(j) && tokens[j].text === '=' ? j : -1;
  }

  /**
   * The rename for a name local to the function around token i: a parameter of it or a name it
   * assigns (and never declares global). Undefined when the name is module- or class-level.
   */
  localRename(i: number): { newName: string; edits: TextEdit[] } | undefined {
    // A name read in a nested function may be bound by an outer one: try each enclosing `def` outwards.
    for (let fn = this.enclosingFunction(this.statementIndexOf(i)); fn; fn = this.enclosingFunction(fn.header, true)) {
      const rename = this.renameIn(fn, i);
      if (rename !== 'not-bound') return rename;
    }
    return undefined;
  }

  private renameIn(fn: FunctionExtent, i: number): { newName: string; edits: TextEdit[] } | 'not-bound' | undefined {
    const { tokens } = this.lex;
    const word = tokens[i].text;
    let bound = false;
    const uses: Token[] = [];
    const names = new Set<string>();
    for (let k = fn.firstToken; k < fn.endToken; k++) {
      const token = tokens[k];
      if (token.kind !== 'name') continue;
      names.add(token.text);
      if (token.text !== word) continue;
      const previous = tokens[k - 1];
      if (previous?.text === '.' || this.isKeywordArgument(k)) continue;
      if (previous?.text === 'global' || (previous?.text === ',' && this.statementStartsWith(k, 'global'))) return undefined;
      if (k === fn.firstToken + 1) return undefined; // the function's own name
      if (previous?.text === 'def' || previous?.text === 'class') return undefined;
      uses.push(token);
      if (
        (k > fn.firstToken && k < fn.headerEnd) ||
        ASSIGN_OPS.has(tokens[k + 1]?.text ?? '') ||
        (previous?.kind === 'name' && (previous.text === 'for' || previous.text === 'as')) ||
        this.inTargetList(k)
      ) {
        bound = true;
      }
    }
    if (!bound) return 'not-bound';
    if (!uses.includes(tokens[i])) return undefined;
    let newName = `${word}_`;
    while (names.has(newName)) newName += '_';
    return { newName, edits: uses.map((u) => ({ start: u.start, end: u.end, newText: newName })) };
  }

  /**
   * `obj.async` read (not assigned, deleted or bound) -> `getattr(obj, 'async')`: the same lookup on
   * Python 2 and 3. Undefined where the attribute is a target or the object cannot be delimited.
   */
  attributeReadFix(i: number): Fix | undefined {
    const { tokens } = this.lex;
    const word = tokens[i].text;
    const dot = i - 1;
    const next = tokens[i + 1];
    if (next && !this.statementStarts.has(i + 1) && (ASSIGN_OPS.has(next.text) || (next.text === ',' && this.assignsLater(i + 1)))) return undefined;
    const objectStart = this.primaryStart(dot - 1);
    if (objectStart === undefined) return undefined;
    const before = this.statementStarts.has(objectStart) ? undefined : tokens[objectStart - 1];
    if (before && ['del', 'for', 'as', 'import', 'from', 'global', 'def', 'class'].includes(before.text)) return undefined;
    if (before && before.text === ',' && this.assignsLater(i + 1)) return undefined;
    const object = this.text.slice(tokens[objectStart].start, tokens[dot - 1].end);
    return {
      title: `Read the attribute with \`getattr(..., '${word}')\``,
      safety: 'safe',
      edits: [{ start: tokens[objectStart].start, end: tokens[i].end, newText: `getattr(${object}, '${word}')` }],
    };
  }

  /**
   * `obj.async = value` as a whole statement -> `setattr(obj, 'async', value)`. Python evaluates
   * the value before the object, setattr the other way round, so only a plain (dotted) name as the
   * object is safe; other objects get an unsafe fix.
   */
  attributeAssignFix(i: number): Fix | undefined {
    const { tokens } = this.lex;
    const word = tokens[i].text;
    const equals = tokens[i + 1];
    if (!equals || equals.text !== '=' || this.statementStarts.has(i + 1)) return undefined;
    const objectStart = this.primaryStart(i - 2);
    if (objectStart === undefined || !(this.statementStarts.has(objectStart) || tokens[objectStart - 1]?.text === ';')) return undefined;
    // The value runs to the end of the statement; a second top-level `=` (chained assignment) is not handled.
    const open = this.openBracket[i + 1];
    let last = i + 1;
    for (let k = i + 2; k < tokens.length && !this.statementStarts.has(k); k++) {
      if (tokens[k].kind === 'comment') continue;
      if (this.openBracket[k] === open && (tokens[k].text === ';' || tokens[k].text === '=')) {
        if (tokens[k].text === '=') return undefined;
        break;
      }
      last = k;
    }
    if (last === i + 1) return undefined;
    const object = this.text.slice(tokens[objectStart].start, tokens[i - 2].end);
    const value = this.text.slice(tokens[i + 2].start, tokens[last].end);
    const plainObject = /^[A-Za-z_][A-Za-z0-9_]*(\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*$/.test(object);
    return {
      title: `Set the attribute with \`setattr(..., '${word}', ...)\``,
      safety: plainObject ? 'safe' : 'unsafe',
      edits: [{ start: tokens[objectStart].start, end: tokens[last].end, newText: `setattr(${object}, '${word}', ${value})` }],
    };
  }

  /**
   * `async = False` directly in a class body -> `locals()['async'] = False`. In CPython 2 and 3 a
   * class body's locals() is the namespace dict the class is built from, so the attribute is the
   * same; that is an implementation detail, and reads of the name in the body are not rewritten,
   * hence unsafe.
   */
  classAttributeFix(i: number): Fix | undefined {
    const { tokens } = this.lex;
    if (!this.statementStarts.has(i) || tokens[i + 1]?.text !== '=' || tokens[i + 2]?.text === '=') return undefined;
    const at = this.statementIndexOf(i);
    if (at < 0) return undefined;
    let minCol = this.statements[at].col;
    for (let s = at - 1; s >= 0 && minCol > 0; s--) {
      if (this.statements[s].col >= minCol) continue;
      if (tokens[this.statements[s].firstToken].text !== 'class') return undefined;
      const word = tokens[i].text;
      return {
        title: `Set the class attribute through \`locals()['${word}']\``,
        safety: 'unsafe',
        edits: [{ start: tokens[i].start, end: tokens[i].end, newText: `locals()['${word}']` }],
      };
    }
    return undefined;
  }

  /** A top-level `=` later in the same statement: the tokens before it are a target list. */
  private assignsLater(from: number): boolean {
    const { tokens } = this.lex;
    const open = this.openBracket[from];
    for (let k = from; k < tokens.length && !this.statementStarts.has(k); k++) {
      if (tokens[k].text === ';') return false;
      if (tokens[k].text === '=' && this.openBracket[k] === open) return true;
    }
    return false;
  }

  /**
   * The first token of the primary expression that ends at token `last` (`a.b(c)[d]`), or undefined
   * for anything else (an operator, a keyword, a parenthesised expression that is not a call).
   */
  private primaryStart(last: number): number | undefined {
    const { tokens } = this.lex;
    let k = last;
    for (;;) {
      const token = tokens[k];
      if (!token || this.statementStartsBefore(k, last)) return undefined;
      if (token.text === ')' || token.text === ']') {
        const open = this.matchingOpen(k);
        if (open === undefined) return undefined;
        const previous = tokens[open - 1];
        const callee = previous && !this.statementStarts.has(open) && ((previous.kind === 'name' && !PYTHON_KEYWORDS.has(previous.text)) || previous.text === ')' || previous.text === ']');
        if (!callee) return token.text === ')' ? open : undefined; // `(a + b).x`
        k = open - 1;
        continue;
      }
      if (token.kind === 'name' && !PYTHON_KEYWORDS.has(token.text)) {
        if (k > 0 && !this.statementStarts.has(k) && tokens[k - 1].text === '.') {
          k -= 2;
          continue;
        }
        return k;
      }
      return undefined;
    }
  }

  private statementStartsBefore(k: number, last: number): boolean {
    for (let j = k + 1; j <= last; j++) if (this.statementStarts.has(j)) return true;
    return false;
  }

  private matchingOpen(close: number): number | undefined {
    const { tokens } = this.lex;
    let depth = 0;
    for (let k = close; k >= 0; k--) {
      const text = tokens[k].kind === 'op' ? tokens[k].text : '';
      if (text === ')' || text === ']' || text === '}') depth++;
      else if (text === '(' || text === '[' || text === '{') {
        depth--;
        if (depth === 0) return k;
      }
      if (k < close && this.statementStarts.has(k) && depth > 0) return undefined;
    }
    return undefined;
  }

  /** A parameter name in a `def` header (not a default value). */
  inDefParameters(i: number): boolean {
    const { tokens } = this.lex;
    const open = this.openBracket[i];
    if (!(open >= 1 && tokens[open].text === '(' && tokens[open - 2]?.text === 'def')) return false;
    return ['(', ',', '*', '**'].includes(tokens[i - 1].text) && [',', ')', '='].includes(tokens[i + 1]?.text ?? '');
  }

  private statementStartsWith(k: number, word: string): boolean {
    const statement = this.statementOf(k);
    return statement !== undefined && this.lex.tokens[statement.firstToken].text === word;
  }

  private statementIndexOf(k: number): number {
    let lo = 0;
    let hi = this.statements.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.statements[mid].firstToken <= k) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private statementOf(k: number): { firstToken: number } | undefined {
    const index = this.statementIndexOf(k);
    return index >= 0 ? this.statements[index] : undefined;
  }

  /**
   * The innermost `def` whose body holds statement `at` (or, with `outside`, the one around the
   * `def` at `at`), found by indentation the way Python 2 reads it (tabs to the next multiple of 8).
   * Undefined when a `class` or the module comes first: names there are attributes or globals.
   */
  private enclosingFunction(at: number, outside = false): FunctionExtent | undefined {
    const { tokens } = this.lex;
    if (at < 0) return undefined;
    let header = -1;
    if (!outside && tokens[this.statements[at].firstToken].text === 'def') {
      header = at;
    } else {
      let minCol = this.statements[at].col;
      for (let s = at - 1; s >= 0 && minCol > 0; s--) {
        if (this.statements[s].col >= minCol) continue;
        minCol = this.statements[s].col;
        const first = tokens[this.statements[s].firstToken].text;
        if (first === 'def') {
          header = s;
          break;
        }
        if (first === 'class') return undefined;
      }
    }
    if (header < 0) return undefined;
    const headerCol = this.statements[header].col;
    let end = header + 1;
    while (end < this.statements.length && this.statements[end].col > headerCol) end++;
    const endToken = end < this.statements.length ? this.statements[end].firstToken : tokens.length;
    // The parameters end at the `:` that closes the header outside any bracket.
    const firstToken = this.statements[header].firstToken;
    let headerEnd = firstToken;
    while (headerEnd < endToken && !(tokens[headerEnd].text === ':' && this.openBracket[headerEnd] < 0)) headerEnd++;
    return { header, firstToken, endToken, headerEnd };
  }
}

interface FunctionExtent {
  /** Index into the statements of the `def` line. */
  header: number;
  firstToken: number;
  /** First token after the body. */
  endToken: number;
  /** The header's closing `:`; parameters lie before it. */
  headerEnd: number;
}

function isTargetListToken(token: Token): boolean {
  if (token.kind === 'name') return !PYTHON_KEYWORDS.has(token.text);
  // No brackets: `d[True] = 1` assigns to an item, which Python 3 allows.
  return token.text === ',';
}
