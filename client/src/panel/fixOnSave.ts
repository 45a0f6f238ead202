// The walkthrough's "turn on fix on save": adds the fix-all source action to the
// `editor.codeActionsOnSave` value of [python], keeping whatever else is there. No vscode import.

import { SOURCE_FIX_ALL_KIND } from '../../../shared/protocol';

/**
 * The new value, or undefined when the action is already on. The setting is an object
 * (`{"source.fixAll": "explicit"}`) or, in older settings files, an array of kinds; booleans
 * are the older spelling of "explicit"/"never".
 */
export function withFixAllOnSave(current: unknown): Record<string, unknown> | string[] | undefined {
  if (Array.isArray(current)) {
    if (current.includes(SOURCE_FIX_ALL_KIND)) return undefined;
    return [...current.filter((k): k is string => typeof k === 'string'), SOURCE_FIX_ALL_KIND];
  }
  const object = typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {};
  const value = object[SOURCE_FIX_ALL_KIND];
  if (value === 'explicit' || value === 'always' || value === true) return undefined;
  return { ...object, [SOURCE_FIX_ALL_KIND]: 'explicit' };
}
