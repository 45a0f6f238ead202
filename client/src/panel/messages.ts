// The messages between the migration panel's webview (media/panel.js) and the extension. The
// webview runs page script, so everything it sends is checked here before it is acted on:
// one guard per message kind; anything else is dropped (and logged by the caller).

import { isManualItemId, type ManualItemId } from '../../../shared/checklist';
import type { FindingCategory } from '../../../shared/protocol';
import { isRuleId } from './docLinks';
import { isAnchor, isFindingCategory, isGuideName, type GuideName } from './guides';
import type { PanelViewModel } from './model';

/** Webview -> extension. `uri` names the file the webview was showing, so a click on a stale view is dropped. */
export type PanelMessage =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; line: number; character: number }
  | { type: 'fixCategory'; uri: string; category: FindingCategory }
  | { type: 'setTick'; uri: string; item: ManualItemId; value: boolean }
  | { type: 'openGuide'; guide: GuideName; anchor: string }
  | { type: 'openRule'; ruleId: string };

/** Extension -> webview: the whole model each time (a few KB); null when no Python file is active. */
export interface ModelMessage {
  type: 'model';
  model: PanelViewModel | null;
}

type Fields = Record<string, unknown>;

function hasOnly(message: Fields, keys: readonly string[]): boolean {
  return Object.keys(message).every((k) => keys.includes(k));
}

const isUri = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 4096;
const isPosition = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 2 ** 31;

const GUARDS: Record<PanelMessage['type'], (m: Fields) => boolean> = {
  ready: (m) => hasOnly(m, ['type']),
  reveal: (m) => hasOnly(m, ['type', 'uri', 'line', 'character']) && isUri(m.uri) && isPosition(m.line) && isPosition(m.character),
  fixCategory: (m) => hasOnly(m, ['type', 'uri', 'category']) && isUri(m.uri) && isFindingCategory(m.category),
  setTick: (m) => hasOnly(m, ['type', 'uri', 'item', 'value']) && isUri(m.uri) && isManualItemId(m.item) && typeof m.value === 'boolean',
  openGuide: (m) => hasOnly(m, ['type', 'guide', 'anchor']) && isGuideName(m.guide) && isAnchor(m.anchor),
  openRule: (m) => hasOnly(m, ['type', 'ruleId']) && isRuleId(m.ruleId),
};

/** The message if it is one of the kinds above with well-formed fields and nothing else; undefined otherwise. */
export function parsePanelMessage(raw: unknown): PanelMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const message = raw as Fields;
  const type = message.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(GUARDS, type)) return undefined;
  return GUARDS[type as PanelMessage['type']](message) ? (message as PanelMessage) : undefined;
}

/** A short description of a dropped message for the log (never the whole payload). */
export function describeMessage(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return typeof raw;
  const type = (raw as Fields).type;
  return `type ${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : typeof type}, keys ${Object.keys(raw).slice(0, 8).join(',')}`;
}
