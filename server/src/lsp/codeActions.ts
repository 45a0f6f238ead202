// Code actions for py3migrate diagnostics: the rule's fix, "Ignore <rule> on this line",
// "Fix all <rule> problems in this file", and the safe fix-all source action that
// `editor.codeActionsOnSave` runs. Whole-file results become one minimal edit (common prefix
// and suffix trimmed), so the editor keeps cursors, folds and undo granularity.

import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { SOURCE_FIX_ALL_KIND } from '../../../shared/protocol';
import { fixForTarget, fixText, textAfterFix, type Finding, type Fix, type LineIndex, type RuleSet, type SourceFile } from '../engine';
import { SOURCE, toRange, type DiagnosticData } from './diagnostics';
import type { Settings } from './settings';

export interface ActionContext {
  uri: string;
  version: number;
  file: SourceFile;
  /** The findings last published for the document. */
  findings: readonly Finding[];
  rules: RuleSet;
  settings: Settings;
  /** The document's file path when it has one (file: URIs). */
  path?: string;
  /** The client understands versioned `documentChanges`. */
  documentChanges: boolean;
  /**
   * The client resolves code actions (codeAction/resolve with 'edit'): actions whose edit costs a
   * whole-file fix are returned without it, since the editor asks for actions on every cursor move.
   */
  resolveLater: boolean;
}

/** The `data` of an action whose edit is left for codeAction/resolve. */
export interface DeferredAction {
  uri: string;
  deferred: 'fixAllRule' | 'quickFix';
  ruleId: string;
  diagnostic?: Diagnostic;
}

export function isDeferredAction(data: unknown): data is DeferredAction {
  return typeof data === 'object' && data !== null && typeof (data as DeferredAction).uri === 'string' && typeof (data as DeferredAction).deferred === 'string';
}

/** Fills in the edit of an action returned with `data: DeferredAction`; the diagnostic, if any, must be current. */
export function resolveCodeAction(ctx: ActionContext, action: CodeAction, data: DeferredAction): CodeAction {
  const now = { ...ctx, resolveLater: false };
  const resolved =
    data.deferred === 'fixAllRule'
      ? fixAllOfRule(now, data.ruleId)
      : data.diagnostic && isData(data.diagnostic.data)
        ? quickFix(now, data.diagnostic, data.diagnostic.data)
        : undefined;
  return resolved?.edit ? { ...action, edit: resolved.edit } : action;
}

export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return kind === CodeActionKind.QuickFix;
  return only.some((k) => k === kind || kind.startsWith(k + '.'));
}

export function codeActions(ctx: ActionContext, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = params.context.only;
  if (wantsKind(only, CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && isData(d.data));
    const fixes: CodeAction[] = [];
    const fixAllRule = new Map<string, CodeAction>();
    const ignores = new Map<string, CodeAction>();
    for (const diagnostic of ours) {
      const data = diagnostic.data as DiagnosticData;
      const fix = quickFix(ctx, diagnostic, data);
      if (fix) fixes.push(fix);
      if (data.fix?.safety === 'safe' && !fixAllRule.has(data.ruleId)) {
        const all = fixAllOfRule(ctx, data.ruleId);
        if (all) fixAllRule.set(data.ruleId, all);
      }
      const ignore = ignoreAction(ctx, diagnostic, data.ruleId);
      if (ignore && !ignores.has(ignore.title + JSON.stringify(ignore.edit))) ignores.set(ignore.title + JSON.stringify(ignore.edit), ignore);
    }
    actions.push(...fixes, ...fixAllRule.values(), ...ignores.values());
  }
  if (only && wantsKind(only, SOURCE_FIX_ALL_KIND)) {
    const all = fixAllSafe(ctx);
    if (all) actions.push(all);
  }
  return actions;
}

function isData(data: unknown): data is DiagnosticData {
  return typeof data === 'object' && data !== null && typeof (data as DiagnosticData).ruleId === 'string';
}

function workspaceEdit(ctx: ActionContext, edits: LspTextEdit[]): WorkspaceEdit {
  if (ctx.documentChanges) return { documentChanges: [{ textDocument: { uri: ctx.uri, version: ctx.version }, edits }] };
  return { changes: { [ctx.uri]: edits } };
}

function quickFix(ctx: ActionContext, diagnostic: Diagnostic, data: DiagnosticData): CodeAction | undefined {
  const fix = fixOf(ctx, diagnostic, data);
  if (!fix) return undefined;
  const lines = ctx.file.lineIndex;
  let edits: LspTextEdit[];
  if (fix.imports?.length && ctx.resolveLater) {
    const deferred: DeferredAction = { uri: ctx.uri, deferred: 'quickFix', ruleId: data.ruleId, diagnostic };
    return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.safety === 'safe', data: deferred };
  }
  if (fix.imports?.length) {
    // The imports go where the engine puts them (after docstring, cookie and other __future__ imports).
    const edit = minimalEdit(ctx.file.text, textAfterFix(ctx.file, fix), lines);
    if (!edit) return undefined;
    edits = [edit];
  } else {
    edits = fix.edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText }));
  }
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    // Only a safe fix may be applied by "Auto Fix" without the user reading it.
    isPreferred: fix.safety === 'safe',
    edit: workspaceEdit(ctx, edits),
  };
}

/**
 * The diagnostic's fix, from its data; a fix too large to ride along in `data` (one that rewrites
 * many places, like print-statement's whole-file conversion) comes from the published finding.
 */
function fixOf(ctx: ActionContext, diagnostic: Diagnostic, data: DiagnosticData): Fix | undefined {
  if (!data.fix) return undefined;
  const lines = ctx.file.lineIndex;
  const offset = (p: { line: number; character: number }): number => lines.offsetAt({ line: p.line, column: p.character });
  if (data.fix.edits) {
    return {
      title: data.fix.title,
      safety: data.fix.safety,
      edits: data.fix.edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })),
      imports: data.fix.imports,
    };
  }
  const start = offset(diagnostic.range.start);
  const end = offset(diagnostic.range.end);
  const finding = ctx.findings.find((f) => f.ruleId === data.ruleId && f.start === start && f.end === end);
  return finding && fixForTarget(finding, ctx.settings.target);
}

function fixAllOfRule(ctx: ActionContext, ruleId: string): CodeAction | undefined {
  const fixable = ctx.findings.filter((f) => f.ruleId === ruleId && fixForTarget(f, ctx.settings.target)?.safety === 'safe');
  // One problem is already covered by its own quick fix; so are many that share one whole-file
  // fix (print-statement converts every print at once).
  if (fixable.length < 2) return undefined;
  const fixKey = (f: Finding): string => {
    const fix = fixForTarget(f, ctx.settings.target)!;
    return `${fix.title}:${fix.edits.length}:${fix.edits[0]?.start}:${fix.edits[fix.edits.length - 1]?.end}`;
  };
  const first = fixKey(fixable[0]);
  if (fixable.every((f) => fixKey(f) === first)) return undefined;
  const title = `Fix all ${ruleId} problems in this file`;
  if (ctx.resolveLater) {
    const deferred: DeferredAction = { uri: ctx.uri, deferred: 'fixAllRule', ruleId };
    return { title, kind: CodeActionKind.QuickFix, data: deferred };
  }
  const result = fixText(ctx.rules, ctx.file.text, {
    path: ctx.path,
    target: ctx.settings.target,
    unsafe: false,
    select: new Set([ruleId]),
    severities: ctx.settings.severities,
  });
  const edit = result.changed ? minimalEdit(ctx.file.text, result.text, ctx.file.lineIndex) : undefined;
  if (!edit) return undefined;
  return { title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(ctx, [edit]) };
}

export function fixAllSafe(ctx: ActionContext): CodeAction | undefined {
  const result = fixText(ctx.rules, ctx.file.text, { path: ctx.path, target: ctx.settings.target, unsafe: false, severities: ctx.settings.severities });
  const edit = result.changed ? minimalEdit(ctx.file.text, result.text, ctx.file.lineIndex) : undefined;
  if (!edit) return undefined;
  return { title: 'Fix all safe py3migrate problems', kind: SOURCE_FIX_ALL_KIND, edit: workspaceEdit(ctx, [edit]) };
}

/**
 * The safe fixes of the given rules as one edit (the migration panel's "Fix all safe" of a category).
 * Only rules with published findings are passed: selecting an opt-in rule by id would turn it on.
 */
export function fixRulesEdit(ctx: ActionContext, ruleIds: ReadonlySet<string>): WorkspaceEdit | undefined {
  if (ruleIds.size === 0) return undefined;
  const result = fixText(ctx.rules, ctx.file.text, { path: ctx.path, target: ctx.settings.target, unsafe: false, select: ruleIds, severities: ctx.settings.severities });
  const edit = result.changed ? minimalEdit(ctx.file.text, result.text, ctx.file.lineIndex) : undefined;
  return edit && workspaceEdit(ctx, [edit]);
}

const IGNORE_ON_LINE = /#\s*py3migrate:\s*ignore(\[([^\]]*)\])?/;

/**
 * Adds `# py3migrate: ignore[rule]` at the end of the finding's last line (or its first line,
 * when the last one cannot take a comment), or adds the rule to an ignore comment already there.
 */
function ignoreAction(ctx: ActionContext, diagnostic: Diagnostic, ruleId: string): CodeAction | undefined {
  const lines = ctx.file.lineIndex;
  const candidates = [...new Set([diagnostic.range.end.line, diagnostic.range.start.line])];
  for (const line of candidates) {
    if (line >= lines.lineCount) continue;
    const edit = ignoreEdit(ctx.file, lines, line, ruleId);
    if (edit === null) return undefined;
    if (edit) return { title: `Ignore ${ruleId} on this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(ctx, [edit]) };
  }
  return undefined;
}

/** An edit, `undefined` when this line cannot take a comment, `null` when the rule is already ignored here. */
function ignoreEdit(file: SourceFile, lines: LineIndex, line: number, ruleId: string): LspTextEdit | undefined | null {
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const text = lines.lineText(line);
  const existing = IGNORE_ON_LINE.exec(text);
  if (existing && !insideString(file, lineStart + existing.index)) {
    if (existing[1] === undefined) return null;
    const ids = existing[2].split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.includes(ruleId)) return null;
    const close = lineStart + existing.index + existing[0].length - 1;
    return { range: toRange(lines, close, close), newText: ids.length > 0 ? `, ${ruleId}` : ruleId };
  }
  // After a backslash continuation a comment is a syntax error; inside a multi-line string it would become string text.
  if (/\\\s*$/.test(text) || insideString(file, lineEnd)) return undefined;
  const trimmedEnd = lineStart + text.trimEnd().length;
  const prefix = trimmedEnd === lineStart ? '' : '  ';
  return { range: toRange(lines, trimmedEnd, lineEnd), newText: `${prefix}# py3migrate: ignore[${ruleId}]` };
}

function insideString(file: SourceFile, offset: number): boolean {
  for (let node = file.root.descendantForIndex(offset, offset); node; node = node.parent) {
    if ((node.type === 'string' || node.type === 'string_content') && node.startIndex < offset && node.endIndex > offset) return true;
  }
  return false;
}

/** One edit turning `before` into `after`: the common prefix and suffix are left alone. */
export function minimalEdit(before: string, after: string, lines: LineIndex): LspTextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never cut a \r\n pair or a surrogate pair: LSP positions cannot point inside them.
  while (prefix > 0 && (isHighSurrogate(before.charCodeAt(prefix - 1)) || (before[prefix - 1] === '\r' && before[prefix] === '\n'))) prefix--;
  while (suffix > 0 && (isLowSurrogate(before.charCodeAt(before.length - suffix)) || (before[before.length - suffix] === '\n' && before[before.length - suffix - 1] === '\r'))) suffix--;
  return { range: toRange(lines, prefix, before.length - suffix), newText: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
