// The checklist's categories and the guides they link to. Plain data, no vscode: the panel, the
// docs links and the unit tests share it. The anchors are the headings of docs/guides/what-changed.md
// (GitHub-style slugs), one per category.

import type { FindingCategory, MigrationStatus } from '../../../shared/protocol';

/** The bundled guides (docs/guides/<name>), the only ones a link may open. */
export const GUIDES = ['writing-2-and-3.md', 'what-changed.md', 'logging.md', 'release-plan.md', 'dev-environments.md'] as const;
export type GuideName = (typeof GUIDES)[number];

export function isGuideName(value: unknown): value is GuideName {
  return typeof value === 'string' && (GUIDES as readonly string[]).includes(value);
}

/** Lower-case words joined by '-', like the slugs markdown renderers give headings; '' for none. */
export function isAnchor(value: unknown): value is string {
  return typeof value === 'string' && /^([a-z0-9]+(-[a-z0-9]+)*)?$/.test(value) && value.length <= 80;
}

export interface CategoryInfo {
  category: FindingCategory;
  label: string;
  guide: GuideName;
  anchor: string;
}

/** In checklist order. 'other' is shown only when it has findings (no checklist item of its own in the issue). */
export const CATEGORY_INFO: readonly CategoryInfo[] = [
  { category: 'syntax', label: 'Syntax', guide: 'what-changed.md', anchor: 'syntax' },
  { category: 'builtins', label: 'Builtins', guide: 'what-changed.md', anchor: 'builtins' },
  { category: 'imports', label: 'Imports', guide: 'what-changed.md', anchor: 'imports' },
  { category: 'dicts-iterators', label: 'Dicts and iterators', guide: 'what-changed.md', anchor: 'dicts-and-iterators' },
  { category: 'strings-bytes', label: 'Strings and bytes', guide: 'what-changed.md', anchor: 'strings-and-bytes' },
  { category: 'division', label: 'Division', guide: 'what-changed.md', anchor: 'division' },
  { category: 'classes', label: 'Classes', guide: 'what-changed.md', anchor: 'classes' },
  { category: 'exceptions', label: 'Exceptions', guide: 'what-changed.md', anchor: 'exceptions' },
  { category: 'other', label: 'Other', guide: 'what-changed.md', anchor: 'other-changes' },
];

export function isFindingCategory(value: unknown): value is FindingCategory {
  return typeof value === 'string' && CATEGORY_INFO.some((c) => c.category === value);
}

export const STATUS_LABELS: Record<MigrationStatus, { label: string; detail: string }> = {
  'not-started': { label: 'Not started', detail: 'Python 2-only code left; no compatibility imports (six, __future__) yet.' },
  'in-progress': { label: 'In progress', detail: 'Python 2-only code left; the file already uses compatibility imports.' },
  compatible: { label: '2/3 compatible', detail: 'No Python 2-only code left; compatibility imports keep it running on 2.7 and 3.' },
  'python3-only': { label: 'Python 3 only', detail: 'No Python 2-only code left and no compatibility imports.' },
};

/** Splits 'what-changed.md#division' (the MANUAL_ITEMS format) into a guide and an anchor. */
export function splitGuideRef(ref: string): { guide: GuideName; anchor: string } | undefined {
  const [guide, anchor = '', ...rest] = ref.split('#');
  if (rest.length > 0 || !isGuideName(guide) || !isAnchor(anchor)) return undefined;
  return { guide, anchor };
}
