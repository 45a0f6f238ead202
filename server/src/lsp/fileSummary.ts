// What the py3migrate/fileStatus notification says about a file beyond its counts: where it stands
// in its migration and its findings per checklist category, for the client's migration panel.
// Plain functions over findings and text, so they are unit-tested without a server.

import type { CategoryCounts, FindingCategory, MigrationStatus } from '../../../shared/protocol';
import { fixForTarget, type Category, type Finding, type Target } from '../engine';
import { PY2_ERA_FUTURES } from '../engine/dialect';

// __future__ features that only matter on Python 2 (the dialect's list): importing one means the file
// is written to run on both. `annotations`/`generator_stop` are Python 3 features and say nothing about Python 2.
const PY2_FUTURE_FEATURES = new Set(PY2_ERA_FUTURES);

// Imports of the compatibility libraries (six; python-future's future, past and builtins). The line
// start is checked separately: a /^.../m pattern is tried at every offset and cost ~12 ms on 2 MB.
const SHIM_IMPORT = /\b(?:from[ \t]+(?:six|future|past|builtins)(?:\.[\w.]+)?[ \t]+import\b|import[ \t]+(?:six|future|past)\b)/g;

const SHIM_MODULES = ['six', 'future', 'past', 'builtins'];

/** Whether the file imports a 2/3 compatibility shim. `futureFeatures` are the file's `from __future__` imports. */
export function usesCompatShims(text: string, futureFeatures: ReadonlySet<string>): boolean {
  for (const feature of futureFeatures) if (PY2_FUTURE_FEATURES.has(feature)) return true;
  // Most files name none of the modules: four literal searches are much cheaper than the pattern.
  if (!SHIM_MODULES.some((name) => text.includes(name))) return false;
  for (const match of text.matchAll(SHIM_IMPORT)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, match.index))) return true;
  }
  return false;
}

export function migrationStatus(findings: number, compatShims: boolean): MigrationStatus {
  if (findings > 0) return compatShims ? 'in-progress' : 'not-started';
  return compatShims ? 'compatible' : 'python3-only';
}

export interface CategorySummary {
  categories: Partial<Record<FindingCategory, CategoryCounts>>;
  ruleCategories: Record<string, FindingCategory>;
}

/**
 * Counts findings and safe fixes per category. `categoryOf` gives a rule's category (undefined for
 * ids that are not rules: `syntax-error`, which counts as syntax).
 */
export function summarizeCategories(findings: readonly Finding[], target: Target, categoryOf: (ruleId: string) => Category | undefined): CategorySummary {
  const categories: Partial<Record<FindingCategory, CategoryCounts>> = {};
  const ruleCategories: Record<string, FindingCategory> = {};
  for (const finding of findings) {
    const category = (ruleCategories[finding.ruleId] ??= categoryOf(finding.ruleId) ?? 'syntax');
    const counts = (categories[category] ??= { findings: 0, safeFixes: 0 });
    counts.findings++;
    if (fixForTarget(finding, target)?.safety === 'safe') counts.safeFixes++;
  }
  return { categories, ruleCategories };
}
