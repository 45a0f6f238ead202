// The engine's public surface. Front ends (the language server, the CLI) import from here only.

import { RuleSet } from './analyze';
import { initParser } from './parser';
import { ALL_RULES } from './rules';

export * from './types';
export { RuleSet, ignoreDirectives, withoutExplainedSyntaxErrors, isIgnored, type AnalyzeOptions, type RuleSelection, type IgnoreDirectives } from './analyze';
export { fixText, applyEdits, textAfterFix, isFixApplicable, type FixOptions, type FixResult } from './applyFixes';
export { importEdits } from './imports';
export { LineIndex, dominantEol, type Position } from './lineIndex';
export { SourceFile, type TextChange } from './sourceFile';
export { decodeSource, encodeSource, DEFAULT_MAX_FILE_BYTES, type DecodedSource } from './sourceText';
export { syntaxErrors } from './syntaxErrors';
export { ALL_RULES } from './rules';
export { initParser };
export { compileQuery } from './parser';

let defaultRuleSet: RuleSet | undefined;

/** Loads the parser and compiles every rule's query once; later calls return the same set. */
export async function loadRules(): Promise<RuleSet> {
  await initParser();
  defaultRuleSet ??= new RuleSet(ALL_RULES);
  return defaultRuleSet;
}
