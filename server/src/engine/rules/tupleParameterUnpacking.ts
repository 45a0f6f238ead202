import type { Node } from 'web-tree-sitter';
import { isDocstring } from '../sourceFile';
import type { Fix, Rule, RuleContext, TextEdit } from '../types';
import { signatureOffsets } from './literalHits';

// Python 2 lets a parameter be a tuple pattern: `def f(a, (b, c)):` unpacks its argument on
// entry. Python 3 removed this (PEP 3113). The parameter had no usable name in Python 2 (it is
// stored as `.1`; `f(a=1, b=2, c=3)` is a TypeError), so callers can only pass it by position.

interface TupleParameter {
  /** The tuple_pattern node written as the parameter. */
  pattern: Node;
  /** Set when the pattern is just a parenthesised name, `(x)`: a plain parameter in Python 2. */
  plainName?: string;
}

function tupleParameters(parameters: Node): TupleParameter[] {
  const found: TupleParameter[] = [];
  for (const parameter of parameters.namedChildren) {
    const pattern = parameter.type === 'default_parameter' ? parameter.childForFieldName('name') : parameter;
    if (pattern?.type !== 'tuple_pattern') continue;
    const inner = unparenthesised(pattern);
    found.push(inner.type === 'identifier' ? { pattern, plainName: inner.text } : { pattern });
  }
  return found;
}

/** `((a, b))` is `(a, b)` and `(x)` is `x`: parentheses without a comma make no tuple. */
function unparenthesised(node: Node): Node {
  let current = node;
  while (current.type === 'tuple_pattern') {
    const elements = current.namedChildren.filter((c) => c.type !== 'comment');
    if (elements.length !== 1 || current.children.some((c) => c.type === ',')) break;
    current = elements[0];
  }
  return current;
}

/** The pattern as an assignment target, normalised (it may span lines or hold comments). */
function renderPattern(node: Node): string | undefined {
  const inner = unparenthesised(node);
  if (inner.type === 'identifier') return inner.text;
  if (inner.type !== 'tuple_pattern') return undefined;
  const parts: string[] = [];
  for (const element of inner.namedChildren) {
    if (element.type === 'comment') continue;
    const rendered = renderPattern(element);
    if (rendered === undefined) return undefined;
    parts.push(rendered);
  }
  return `(${parts.join(', ')}${parts.length === 1 ? ',' : ''})`;
}

/** Each name in the pattern with its subscript path: `((a, b), c)` gives a:[0,0], b:[0,1], c:[1]. */
function namePaths(node: Node, path: number[] = [], into = new Map<string, number[]>()): Map<string, number[]> | undefined {
  const inner = unparenthesised(node);
  if (inner.type === 'identifier') {
    into.set(inner.text, path);
    return into;
  }
  if (inner.type !== 'tuple_pattern') return undefined;
  const elements = inner.namedChildren.filter((c) => c.type !== 'comment');
  for (let i = 0; i < elements.length; i++) if (!namePaths(elements[i], [...path, i], into)) return undefined;
  return into;
}

/** A parameter name made of the unpacked names (`b_c`), distinct from every name in `used`. */
function freshName(names: string[], used: Set<string>): string {
  const base = names.join('_');
  let name = base;
  for (let n = 1; used.has(name); n++) name = `${base}_${n}`;
  used.add(name);
  return name;
}

function identifiersIn(node: Node): Set<string> {
  const names = new Set(node.descendantsOfType('identifier').map((n) => n.text));
  if (node.type === 'identifier') names.add(node.text);
  return names;
}

function lineIndent(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t\f]*$/.test(before) ? before : undefined;
}

/** `def`: the tuple parameter gets a name and the body's first statement unpacks it. */
function functionFix(owner: Node, params: TupleParameter[], text: string): Fix | undefined {
  const body = owner.childForFieldName('body');
  if (!body || body.type !== 'block') return undefined;
  const used = identifiersIn(owner);
  const edits: TextEdit[] = [];
  const assignments: string[] = [];
  for (const param of params) {
    if (param.plainName !== undefined) {
      edits.push({ start: param.pattern.startIndex, end: param.pattern.endIndex, newText: param.plainName });
      continue;
    }
    const paths = namePaths(param.pattern);
    const target = renderPattern(param.pattern);
    if (!paths || target === undefined) return undefined;
    const name = freshName([...paths.keys()], used);
    edits.push({ start: param.pattern.startIndex, end: param.pattern.endIndex, newText: name });
    assignments.push(`${target} = ${name}`);
  }
  if (assignments.length > 0) {
    const statements = body.namedChildren.filter((c) => c.type !== 'comment');
    if (statements.length === 0) return undefined;
    // The unpacking goes after a docstring, so that `__doc__` is kept.
    const docstring = isDocstring(statements[0]) ? statements[0] : undefined;
    const next = docstring ? statements[1] : statements[0];
    if (next) {
      const indent = lineIndent(text, next.startIndex);
      const newText = indent !== undefined
        ? assignments.map((a) => `${a}\n${indent}`).join('')
        // `def f((a, b)): return a` keeps its body on the def line.
        : assignments.map((a) => `${a}; `).join('');
      edits.push({ start: next.startIndex, end: next.startIndex, newText });
    } else if (docstring) {
      const indent = lineIndent(text, docstring.startIndex);
      const newText = indent !== undefined
        ? assignments.map((a) => `\n${indent}${a}`).join('')
        : assignments.map((a) => `; ${a}`).join('');
      edits.push({ start: docstring.endIndex, end: docstring.endIndex, newText });
    }
  }
  const plainOnly = assignments.length === 0;
  return {
    title: plainOnly ? 'Remove the parentheses around the parameter' : 'Name the tuple parameter and unpack it in the body',
    safety: 'safe',
    edits,
  };
}

/** Names a nested lambda or comprehension in `body` binds again (there the name is not ours). */
function rebound(body: Node): Set<string> {
  const names = new Set<string>();
  for (const lambda of body.descendantsOfType('lambda')) {
    const parameters = lambda.childForFieldName('parameters');
    if (!parameters) continue;
    for (const parameter of parameters.namedChildren) {
      const bound = parameter.type === 'default_parameter' ? parameter.childForFieldName('name') : parameter;
      if (bound) for (const name of identifiersIn(bound)) names.add(name);
    }
  }
  for (const clause of body.descendantsOfType('for_in_clause')) {
    const left = clause.childForFieldName('left');
    if (left) for (const name of identifiersIn(left)) names.add(name);
  }
  return names;
}

/** `lambda (x, y): x + y` becomes `lambda x_y: x_y[0] + x_y[1]`, as 2to3 writes it. */
function lambdaFix(owner: Node, params: TupleParameter[], text: string): Fix | undefined {
  const body = owner.childForFieldName('body');
  if (!body) return undefined;
  const used = identifiersIn(owner);
  const edits: TextEdit[] = [];
  const access = new Map<string, string>();
  for (const param of params) {
    const { pattern } = param;
    // `lambda(x): x` has no space to keep the keyword apart from the name.
    const space = /\w/.test(text[pattern.startIndex - 1] ?? '') ? ' ' : '';
    if (param.plainName !== undefined) {
      edits.push({ start: pattern.startIndex, end: pattern.endIndex, newText: space + param.plainName });
      continue;
    }
    const paths = namePaths(pattern);
    if (!paths) return undefined;
    const name = freshName([...paths.keys()], used);
    edits.push({ start: pattern.startIndex, end: pattern.endIndex, newText: space + name });
    for (const [unpacked, path] of paths) access.set(unpacked, name + path.map((i) => `[${i}]`).join(''));
  }
  if (access.size > 0) {
    const again = rebound(body);
    if ([...access.keys()].some((name) => again.has(name))) return undefined;
    const uses = body.type === 'identifier' ? [body] : body.descendantsOfType('identifier');
    for (const use of uses) {
      const replacement = access.get(use.text);
      if (replacement === undefined) continue;
      const parent = use.parent;
      // `o.x` and `f(x=1)` name an attribute and a keyword, not the parameter.
      if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.equals(use)) continue;
      if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.equals(use)) continue;
      edits.push({ start: use.startIndex, end: use.endIndex, newText: replacement });
    }
  }
  const plainOnly = access.size === 0;
  return plainOnly
    ? { title: 'Remove the parentheses around the parameter', safety: 'safe', edits }
    // Subscripts do not check the length and need a sequence: `lambda (a, b): a` also
    // accepted an iterator or rejected a 3-tuple in Python 2.
    : { title: 'Name the tuple parameter and index it in the body', safety: 'unsafe', edits };
}

export const tupleParameterUnpacking: Rule = {
  id: 'tuple-parameter-unpacking',
  category: 'syntax',
  severity: 'error',
  summary: 'Tuple parameter unpacking is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags tuple patterns in the parameters of a `def` or `lambda` (`def f(a, (b, c)):`, `lambda (x, y): x + y`), ' +
      'including parenthesised single names (`lambda (x): x`).',
    whyItBreaks:
      'Python 3 removed tuple parameters (PEP 3113): such a definition is a SyntaxError.',
    example: 'def draw(canvas, (x, y)):\n    """Draw at a point."""\n    canvas.dot(x, y)\n\nby_value = sorted(pairs, key=lambda (k, v): v)',
    useInstead:
      'def draw(canvas, x_y):\n    """Draw at a point."""\n    (x, y) = x_y\n    canvas.dot(x, y)\n\nby_value = sorted(pairs, key=lambda k_v: k_v[1])',
    fixSafety:
      'Safe for `def`: the parameter gets a new name (made of the unpacked names, never clashing with a name the function ' +
      'uses) and the first statement of the body, after any docstring, unpacks it exactly as Python 2 did on entry. ' +
      'Python 2 gave the tuple parameter no name a caller could pass by keyword, so every call behaves the same; only ' +
      'introspection (`inspect`, `co_varnames`, `locals()`) sees the new name. Unsafe for `lambda` with a real tuple: the body ' +
      'indexes the argument (`x_y[0]`), which, unlike unpacking, accepts sequences of the wrong length and rejects iterators; ' +
      'no fix is offered when a nested lambda or comprehension rebinds one of the names. Safe for a parenthesised single ' +
      'name (`lambda (x): x`), which Python 2 treats as a plain parameter.',
  },
  // Tuple parameters are rare: only a signature with a second `(` before its first `)` (or a
  // lambda with a `(` before its `:`) is looked up in the tree.
  checkFile(ctx) {
    for (const start of signatureOffsets(ctx.file)) {
      const keyword = ctx.file.root.descendantForIndex(start, start + (ctx.file.text.startsWith('def', start) ? 3 : 6));
      if (keyword && !keyword.isNamed && (keyword.type === 'def' || keyword.type === 'lambda')) checkSignature(keyword, ctx);
    }
  },
};

function checkSignature(keyword: Node, ctx: RuleContext): void {
  {
    const signature = keyword.parent?.childForFieldName('parameters');
    if (!signature) return;
    // The tuple parameters: `(b, c)` directly, or as the name of a default parameter `(a, b)=(1, 2)`.
    const tuples = signature.namedChildren.flatMap((p) =>
      p?.type === 'tuple_pattern' ? [p] : p?.type === 'default_parameter' && p.childForFieldName('name')?.type === 'tuple_pattern' ? [p.childForFieldName('name')!] : []);
    for (const node of tuples) {
      const parameters = node.parent?.type === 'default_parameter' ? node.parent.parent : node.parent;
      const owner = parameters?.parent;
      if (!parameters || !owner) continue;
      const params = tupleParameters(parameters);
      // One fix for the whole signature (every finding in it carries the same one, applied once).
      const fix = owner.type === 'lambda' ? lambdaFix(owner, params, ctx.file.text)
        : owner.type === 'function_definition' ? functionFix(owner, params, ctx.file.text) : undefined;
      const plain = unparenthesised(node);
      const message = plain.type === 'identifier'
        ? `Parenthesised parameter \`(${plain.text})\` is Python 2-only`
        : 'Tuple parameter unpacking is Python 2-only';
      ctx.report({ node, message, fixes: fix ? { py3: fix, compat: fix } : {} });
    }
  }
}
