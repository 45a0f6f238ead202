// What the functions a file defines visibly do, read from their bodies: whether they print or write
// (a print statement or call, `.write(`, `sys.stdout`/`stderr`), and whether they are generators. Used
// where Python 3's laziness reorders side effects (a lazy map/filter/zip in a for loop) and where a
// call mutates an argument (a loop over a dict view whose body hands the dict to such a function).
// Every `def` with the name counts: a method and a function of the same name are not told apart.

import type { Node } from 'web-tree-sitter';
import { mutates } from '../iteratingContext';
import type { SourceFile } from '../sourceFile';

export interface LocalFunction {
  readonly def: Node;
  readonly prints: boolean;
  readonly generator: boolean;
}

const PRINTS = /\bprint\b|\.write\s*\(|\bstdout\b|\bstderr\b/;

const DEF = /\bdef[ \t]+([A-Za-z_]\w*)/g;

/** Where each `def NAME` of the text starts, by name (a text scan: strings and comments too). */
function defOffsets(file: SourceFile): Map<string, number[]> {
  return file.memo('localFunctionDefs', (f) => {
    const offsets = new Map<string, number[]>();
    for (const m of f.text.matchAll(DEF)) {
      const list = offsets.get(m[1]);
      if (list) list.push(m.index);
      else offsets.set(m[1], [m.index]);
    }
    return offsets;
  });
}

const NONE: readonly LocalFunction[] = [];

/** The functions (and methods) named `name` that the file defines; located in the tree only when asked. */
function definitionsOf(file: SourceFile, name: string): readonly LocalFunction[] {
  if (!defOffsets(file).has(name)) return NONE;
  return file.memo(`localFunctions:${name}`, (f) => {
    const found: LocalFunction[] = [];
    for (const at of defOffsets(f).get(name) ?? []) {
      const def = f.root.descendantForIndex(at, at + 3)?.parent;
      if (def?.type !== 'function_definition' || def.childForFieldName('name')?.text !== name) continue;
      const body = def.childForFieldName('body');
      found.push(new DefinedFunction(def, f.text, body?.startIndex ?? 0, body?.endIndex ?? 0));
    }
    return found;
  });
}

/** The functions (and methods) the file defines, by name. */
export function localFunctions(file: SourceFile): Map<string, LocalFunction[]> {
  const byFirst: { at: number; name: string; functions: LocalFunction[] }[] = [];
  for (const name of defOffsets(file).keys()) {
    const functions = definitionsOf(file, name);
    if (functions.length > 0) byFirst.push({ at: functions[0].def.startIndex, name, functions: [...functions] });
  }
  return new Map(byFirst.sort((a, b) => a.at - b.at).map((d) => [d.name, d.functions]));
}

/**
 * A LocalFunction whose body is searched when first asked: most are never asked about. It keeps
 * the text and offsets, not the body node: the language server carries memoised facts over to the
 * next parse (and deletes this tree).
 */
class DefinedFunction implements LocalFunction {
  private printsFound: boolean | undefined;
  private generatorFound: boolean | undefined;

  constructor(
    readonly def: Node,
    private readonly text: string,
    private readonly bodyStart: number,
    private readonly bodyEnd: number,
  ) {}

  get prints(): boolean {
    this.printsFound ??= PRINTS.test(this.text.slice(this.bodyStart, this.bodyEnd));
    return this.printsFound;
  }

  get generator(): boolean {
    this.generatorFound ??= /\byield\b/.test(this.text.slice(this.bodyStart, this.bodyEnd));
    return this.generatorFound;
  }
}

/** The name a callee expression calls: `f` for `f`, `m` for `obj.m`. */
export function calleeName(fn: Node | null | undefined): string | undefined {
  if (fn?.type === 'identifier') return fn.text;
  if (fn?.type === 'attribute') return fn.childForFieldName('attribute')?.text;
  return undefined;
}

/** Whether a function value (a name, `obj.m`, or a lambda calling one) refers to a function of this file that prints. */
export function printsWhenCalled(fn: Node, file: SourceFile): boolean {
  if (fn.type === 'lambda') {
    const body = fn.childForFieldName('body');
    return !!body && callsPrinting(body, file);
  }
  const name = calleeName(fn);
  return !!name && definitionsOf(file, name).some((f) => f.prints);
}

/** Whether an expression calls a function of this file that prints (a generator's body runs as it is consumed). */
export function callsPrinting(node: Node, file: SourceFile): boolean {
  if (defOffsets(file).size === 0) return false;
  const pending = [node];
  while (pending.length > 0) {
    const n = pending.pop()!;
    if (n.type === 'call') {
      const name = calleeName(n.childForFieldName('function'));
      if (name && definitionsOf(file, name).some((f) => f.prints)) return true;
    }
    for (const child of n.namedChildren) pending.push(child);
  }
  return false;
}

/**
 * Whether `call` (a call statement in a loop body) hands `subject` to a function of this file whose
 * body mutates the matching parameter (`d[k] = ...`, `d.update(...)`, `del d[k]`...).
 */
export function mutatesArgument(call: Node, subject: string, file: SourceFile): boolean {
  const name = calleeName(call.childForFieldName('function'));
  if (!name) return false;
  const defs = definitionsOf(file, name);
  if (defs.length === 0) return false;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
  const method = call.childForFieldName('function')?.type === 'attribute';
  for (const [position, arg] of args.entries()) {
    if (arg.text !== subject) continue;
    for (const { def } of defs) {
      const params = def.childForFieldName('parameters')?.namedChildren.filter((p) => p.type === 'identifier') ?? [];
      const param = params[position + (method ? 1 : 0)];
      const body = def.childForFieldName('body')?.text ?? '';
      if (param && mutates(body, param.text)) return true;
    }
  }
  return false;
}
