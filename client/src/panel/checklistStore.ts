// Reading and writing `.py3migrate/checklist.json` (format: shared/checklist.ts). Each write reads
// the file afresh, changes one tick and replaces the file atomically (temp file + rename), so ticks
// made by a teammate (git pull) or another window since the last read are kept. A file that does
// not parse is never overwritten. Node fs only, no vscode.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CHECKLIST_FILE, emptyChecklist, formatChecklist, parseChecklist, type ChecklistFile, type ManualItemId } from '../../../shared/checklist';

export type ReadResult = { ok: true; checklist: ChecklistFile } | { ok: false; problem: string };

export function checklistPath(folder: string): string {
  return path.join(folder, ...CHECKLIST_FILE.split('/'));
}

/** The file's key in the checklist: its path relative to the folder with '/' separators; undefined outside the folder. */
export function checklistKey(folder: string, file: string): string | undefined {
  const relative = path.relative(folder, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

export async function readChecklist(folder: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await fs.readFile(checklistPath(folder), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, checklist: emptyChecklist() };
    return { ok: false, problem: `cannot read ${CHECKLIST_FILE}: ${(error as Error).message}` };
  }
  const parsed = parseChecklist(text);
  return parsed.ok ? parsed : { ok: false, problem: `${CHECKLIST_FILE} is ${parsed.problem}` };
}

// Writes to one file are queued, so two quick clicks do not read the same old state.
const queues = new Map<string, Promise<unknown>>();

/** Sets one tick of one file and writes the file; resolves with the checklist as written. */
export function setTick(folder: string, key: string, item: ManualItemId, value: boolean): Promise<ChecklistFile> {
  const file = checklistPath(folder);
  const run = async (): Promise<ChecklistFile> => {
    const read = await readChecklist(folder);
    if (!read.ok) throw new Error(`${read.problem}; fix or delete it to tick items again`);
    const checklist = read.checklist;
    const ticks = { ...(checklist.files[key] ?? {}) };
    if (value) ticks[item] = true;
    else delete ticks[item];
    checklist.files[key] = ticks;
    const text = formatChecklist(checklist);
    await writeAtomically(file, text);
    // formatChecklist drops files with no ticks: return what is on disk now.
    const written = parseChecklist(text);
    return written.ok ? written.checklist : checklist;
  };
  const previous = queues.get(file) ?? Promise.resolve();
  const next = previous.then(run, run);
  queues.set(file, next.catch(() => undefined));
  return next;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.writeFile(temp, text, 'utf8');
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
