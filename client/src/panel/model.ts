// What the migration panel shows for one file, built from what the server reported
// (py3migrate/fileStatus), the file's py3migrate diagnostics and its checklist ticks.
// No vscode import: the panel passes plain objects in.

import { MANUAL_ITEMS, type FileTicks, type ManualItemId } from '../../../shared/checklist';
import type { FileState, FileStatusParams, FindingCategory, MigrationStatus } from '../../../shared/protocol';
import type { PanelCategoryItem, PanelModel } from '../api';
import { CATEGORY_INFO, splitGuideRef, STATUS_LABELS, type GuideName } from './guides';

export interface FindingRow {
  ruleId: string;
  message: string;
  /** 0-based, as in the diagnostic. */
  line: number;
  character: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
}

export interface PanelCategoryView extends PanelCategoryItem {
  category: FindingCategory;
  guide: GuideName;
  anchor: string;
  items: FindingRow[];
}

export interface ManualItemView {
  id: ManualItemId;
  label: string;
  guide: GuideName | undefined;
  anchor: string;
  ticked: boolean;
}

export interface PanelViewModel extends PanelModel {
  uri: string;
  /** 'waiting' until the server has reported on the file. */
  state: FileState | 'waiting';
  statusLabel: string;
  statusDetail: string;
  findings: number;
  categories: PanelCategoryView[];
  manual: ManualItemView[];
  /** Why the manual items cannot be ticked (file outside a workspace folder, unreadable checklist); undefined when they can. */
  ticksUnavailable?: string;
}

/** A diagnostic as the panel needs it (the vscode.Diagnostic fields, flattened). */
export interface DiagnosticLike {
  source?: string;
  code?: string | number;
  message: string;
  line: number;
  character: number;
  severity: FindingRow['severity'];
}

export interface ModelInput {
  uri: string;
  /** Path shown (relative to the workspace folder when inside one). */
  file: string;
  status: FileStatusParams | undefined;
  diagnostics: readonly DiagnosticLike[];
  ticks: FileTicks;
  ticksUnavailable?: string;
}

/** The py3migrate diagnostics grouped by category (from the server's rule -> category map), in file order. */
export function groupFindings(diagnostics: readonly DiagnosticLike[], ruleCategories: Readonly<Record<string, FindingCategory>> | undefined): Map<FindingCategory, FindingRow[]> {
  const groups = new Map<FindingCategory, FindingRow[]>();
  const sorted = diagnostics
    .filter((d) => d.source === 'py3migrate' && typeof d.code === 'string')
    .sort((a, b) => a.line - b.line || a.character - b.character);
  for (const d of sorted) {
    const ruleId = d.code as string;
    const category = ruleCategories?.[ruleId] ?? 'other';
    let rows = groups.get(category);
    if (!rows) groups.set(category, (rows = []));
    rows.push({ ruleId, message: d.message, line: d.line, character: d.character, severity: d.severity });
  }
  return groups;
}

export function buildPanelModel(input: ModelInput): PanelViewModel {
  const status = input.status;
  const groups = groupFindings(status?.state === undefined || status.state === 'ok' ? input.diagnostics : [], status?.ruleCategories);
  const categories: PanelCategoryView[] = [];
  for (const info of CATEGORY_INFO) {
    const items = groups.get(info.category) ?? [];
    const counts = status?.categories?.[info.category];
    const findings = counts?.findings ?? items.length;
    if (info.category === 'other' && findings === 0 && items.length === 0) continue;
    categories.push({ category: info.category, label: info.label, guide: info.guide, anchor: info.anchor, findings, safeFixes: counts?.safeFixes ?? 0, items });
  }
  const manual: ManualItemView[] = MANUAL_ITEMS.map((item) => {
    const ref = splitGuideRef(item.guide);
    return { id: item.id, label: item.label, guide: ref?.guide, anchor: ref?.anchor ?? '', ticked: input.ticks[item.id] === true };
  });
  const ticks: Partial<Record<ManualItemId, boolean>> = {};
  for (const item of manual) if (item.ticked) ticks[item.id] = true;
  const state: PanelViewModel['state'] = status ? (status.state ?? 'ok') : 'waiting';
  const migration: MigrationStatus = status?.status ?? (status && status.findings === 0 && state === 'ok' ? 'python3-only' : 'not-started');
  let statusLabel = STATUS_LABELS[migration].label;
  let statusDetail = STATUS_LABELS[migration].detail;
  if (state === 'waiting') [statusLabel, statusDetail] = ['Checking...', 'Waiting for the py3migrate language server.'];
  else if (state === 'excluded') [statusLabel, statusDetail] = ['Not checked', 'The file matches py3migrate.exclude.'];
  else if (state === 'tooLarge') [statusLabel, statusDetail] = ['Not checked', 'The file is larger than py3migrate.maxFileSize.'];
  return {
    uri: input.uri,
    file: input.file,
    status: migration,
    state,
    statusLabel,
    statusDetail,
    findings: state === 'ok' ? (status?.findings ?? 0) : 0,
    categories,
    ticks,
    manual,
    ...(input.ticksUnavailable ? { ticksUnavailable: input.ticksUnavailable } : {}),
  };
}
