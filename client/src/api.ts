// What the extension's `activate()` returns (`vscode.extensions.getExtension('py3migrate.py3migrate').exports`).
// The integration tests in test/e2e read the panel and the progress view through it instead of
// scraping webview DOM; other extensions could use it the same way. Members are filled in by the
// features that own them (client/src/panel, client/src/workspace).

import type { ManualItemId } from '../../shared/checklist';

/** One checklist row of the migration panel: a category of findings. */
export interface PanelCategoryItem {
  category: string;
  label: string;
  findings: number;
  safeFixes: number;
}

/** What the migration panel shows for the active Python file. */
export interface PanelModel {
  /** The file's path relative to its workspace folder (`/` separators). */
  file: string;
  status: 'not-started' | 'in-progress' | 'compatible' | 'python3-only';
  categories: PanelCategoryItem[];
  ticks: Partial<Record<ManualItemId, boolean>>;
}

/** One folder row of the workspace progress view. */
export interface FolderProgress {
  /** Path relative to the workspace folder (`/` separators; '' for the root). */
  folder: string;
  files: number;
  /** Files with no findings left. */
  cleanFiles: number;
  findings: number;
}

export interface Py3migrateApi {
  panel?: {
    /** The model the panel shows now (undefined when no Python file is active). */
    model(): PanelModel | undefined;
    /** The HTML last given to the webview (for the CSP test). */
    html(): string | undefined;
    /** Ticks or unticks a manual item for the active file, as a click in the panel does. */
    setTick(item: ManualItemId, value: boolean): Promise<void>;
    /** Applies the safe fixes of one category to the active file, as its "Fix all safe" button does; false when there was nothing to fix. */
    fixCategory(category: string): Promise<boolean>;
  };
  workspace?: {
    /** Runs the workspace scan to the end (the same as the py3migrate.scanWorkspace command). */
    scan(): Promise<void>;
    /** The rows of the progress view after the last scan. */
    folders(): FolderProgress[];
  };
}
