// The manual migration checklist: the items no tool can decide, which a developer ticks per
// file in the migration panel (client) and which `py3migrate report` (CLI) summarises.
//
// Ticks live in `.py3migrate/checklist.json` at the root of the workspace folder, so they are
// committed with the code, the whole team sees them, and reinstalling the extension loses nothing.
// This module is plain TypeScript (no vscode, no Node APIs) so both sides parse the file the same way.

/** Where the checklist file lives, relative to the workspace folder (or the report's root). */
export const CHECKLIST_FILE = '.py3migrate/checklist.json';

export const MANUAL_ITEMS = [
  { id: 'strBytesReviewed', label: 'str/bytes boundaries reviewed', guide: 'what-changed.md#strings-and-bytes' },
  { id: 'divisionReviewed', label: 'integer division reviewed', guide: 'what-changed.md#division' },
  { id: 'coveredByTests', label: 'module covered by tests', guide: 'release-plan.md#tests' },
  { id: 'runUnderPython3', label: 'module run under Python 3', guide: 'dev-environments.md#running-under-python-3' },
] as const;

export type ManualItemId = (typeof MANUAL_ITEMS)[number]['id'];

/** Ticks of one file; an absent item is unticked. */
export type FileTicks = Partial<Record<ManualItemId, boolean>>;

export interface ChecklistFile {
  version: 1;
  /** Keyed by the file's path relative to the checklist's root, with `/` separators. */
  files: Record<string, FileTicks>;
}

export function emptyChecklist(): ChecklistFile {
  return { version: 1, files: {} };
}

const ITEM_IDS = new Set<string>(MANUAL_ITEMS.map((i) => i.id));

export function isManualItemId(value: unknown): value is ManualItemId {
  return typeof value === 'string' && ITEM_IDS.has(value);
}

/**
 * Parses the checklist file's text. A file someone edited by hand may be wrong: the result
 * says what is wrong instead of throwing, and unknown items are dropped, not kept.
 */
export function parseChecklist(text: string): { ok: true; checklist: ChecklistFile } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'expected a JSON object' };
  const record = data as Record<string, unknown>;
  if (record.version !== 1) return { ok: false, problem: `unsupported version ${JSON.stringify(record.version)} (expected 1)` };
  const files = record.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return { ok: false, problem: '"files" must be an object' };
  const checklist = emptyChecklist();
  for (const [path, ticks] of Object.entries(files as Record<string, unknown>)) {
    if (typeof ticks !== 'object' || ticks === null || Array.isArray(ticks)) continue;
    const kept: FileTicks = {};
    for (const [item, value] of Object.entries(ticks as Record<string, unknown>)) {
      if (isManualItemId(item) && typeof value === 'boolean') kept[item] = value;
    }
    checklist.files[path] = kept;
  }
  return { ok: true, checklist };
}

/**
 * Serialises with sorted keys and one item per line, so the file diffs cleanly in review and
 * two people ticking different files rarely conflict. Files with no ticked item are left out.
 */
export function formatChecklist(checklist: ChecklistFile): string {
  const files: Record<string, FileTicks> = {};
  for (const path of Object.keys(checklist.files).sort()) {
    const ticks = checklist.files[path]!;
    const kept: FileTicks = {};
    for (const item of MANUAL_ITEMS) if (ticks[item.id] === true) kept[item.id] = true;
    if (Object.keys(kept).length > 0) files[path] = kept;
  }
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
