// The accessor methods of urllib2.Request that Python 3.4 removed (deprecated in 3.3): `req.get_host()`
// raises AttributeError on Python 3, where the Request parses its URL at construction and exposes
// plain attributes. `get_host` is a common method name (Django's HttpRequest has one), so a call is
// flagged only on a name the same function binds to `urllib2.Request(...)`, or on a parameter of a
// method of a urllib2 handler class (`class H(urllib2.BaseHandler): def http_request(self, req)`).

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import type { Fix, RuleContext } from '../types';

/** Python 2 method -> the Python 3 attribute that holds the same value. */
const REMOVED: Record<string, string> = {
  get_host: 'host',
  get_type: 'type',
  get_selector: 'selector',
  get_data: 'data',
  get_origin_req_host: 'origin_req_host',
  is_unverifiable: 'unverifiable',
  has_data: 'data',
  add_data: 'data',
};

export const REQUEST_METHOD_NAMES: readonly string[] = Object.keys(REMOVED);

// urllib2, and its Python 3 / six spellings: a converted module keeps the removed methods' calls.
const REQUEST_MODULE = '(?:urllib2|urllib\\.request|six\\.moves\\.urllib\\.request)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function scopeOf(node: Node): Node {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition' || p.type === 'module') return p;
  return node;
}

/**
 * Whole-text facts, each searched once per file rather than at every `.get_data()` / `.get_type()` call (for the last
 * file seen: the calls of one file come together).
 */
class FileFacts {
  private importsRequestFound: boolean | undefined;
  readonly mentionsUrllib2: boolean;

  constructor(readonly text: string) {
    this.mentionsUrllib2 = /urllib2|urllib\.request/.test(text);
  }

  /** `from urllib2 import ..., Request` */
  get importsRequest(): boolean {
    this.importsRequestFound ??= new RegExp(`^[ \\t]*from[ \\t]+${REQUEST_MODULE}[ \\t]+import[^\\n]*\\bRequest\\b`, 'm').test(this.text);
    return this.importsRequestFound;
  }
}

let lastFacts: FileFacts | undefined;

function fileFacts(text: string): FileFacts {
  if (lastFacts?.text !== text) lastFacts = new FileFacts(text);
  return lastFacts;
}

/** Whether `name` is assigned `urllib2.Request(...)` (or `Request(...)` from urllib2) in `scope`. */
function boundToRequest(name: string, scope: Node, text: string): boolean {
  const body = text.slice(scope.startIndex, scope.endIndex);
  const fromImport = fileFacts(text).importsRequest;
  const constructor = fromImport ? `(?:${REQUEST_MODULE}[ \\t]*\\.[ \\t]*)?Request` : `${REQUEST_MODULE}[ \\t]*\\.[ \\t]*Request`;
  return new RegExp(`(?<![\\w.])${escapeRegExp(name)}[ \\t]*=[ \\t]*${constructor}[ \\t]*\\(`).test(body);
}

/** Whether `name` is a parameter of a method of a class deriving from a urllib2 handler. */
function isHandlerParameter(name: string, scope: Node): boolean {
  if (scope.type !== 'function_definition') return false;
  const params = scope.childForFieldName('parameters')?.namedChildren ?? [];
  if (!params.some((p) => p.type === 'identifier' && p.text === name)) return false;
  const cls = scope.parent?.parent;
  if (cls?.type !== 'class_definition') return false;
  const bases = cls.childForFieldName('superclasses')?.text ?? '';
  return new RegExp(`\\b${REQUEST_MODULE}\\.\\w*Handler\\b`).test(bases);
}

/** `req.get_host()` on a urllib2 Request: reports it, with the Python 3 attribute as the py3 fix. */
export function checkRequestMethod(identifier: Node, ctx: RuleContext): void {
  const attribute = identifier.parent;
  if (attribute?.type !== 'attribute' || attribute.childForFieldName('attribute')?.id !== identifier.id) return;
  const receiver = attribute.childForFieldName('object');
  const call = attribute.parent;
  if (receiver?.type !== 'identifier' || call?.type !== 'call' || call.childForFieldName('function')?.id !== attribute.id) return;
  if (!fileFacts(ctx.file.text).mentionsUrllib2 || isInCompatCode(call)) return;
  const scope = scopeOf(call);
  if (!boundToRequest(receiver.text, scope, ctx.file.text) && !isHandlerParameter(receiver.text, scope)) return;
  const method = identifier.text;
  const replacement = REMOVED[method];
  const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
  // Python 3 parses the URL in the constructor; Python 2 filled `host`/`type` only when get_host()/get_type()
  // ran, so the attributes are no fix for code that must still run on Python 2 (compat).
  let newText: string | undefined;
  if (method === 'has_data') newText = args.length === 0 ? `(${receiver.text}.data is not None)` : undefined;
  else if (method === 'add_data') newText = undefined;
  else if (args.length === 0) newText = `${receiver.text}.${replacement}`;
  const fix: Fix | undefined = newText === undefined ? undefined : {
    title: `Replace \`.${method}()\` with \`.${replacement}\``,
    safety: 'safe',
    edits: [{ start: call.startIndex, end: call.endIndex, newText }],
  };
  ctx.report({
    node: call,
    message: `\`Request.${method}()\` was removed in Python 3.4; use the \`.${replacement}\` attribute`,
    fixes: fix ? { py3: fix } : {},
  });
}
