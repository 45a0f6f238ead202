// Ticks in .py3migrate/checklist.json (client/src/panel/checklistStore.ts): read, merge with what
// is on disk now, write atomically, never overwrite a file that does not parse.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatChecklist, parseChecklist } from '../../../shared/checklist';
import { checklistKey, checklistPath, readChecklist, setTick } from '../../../client/src/panel/checklistStore';

describe('panel: checklist store', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-checklist-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const onDisk = () => {
    const parsed = parseChecklist(fs.readFileSync(checklistPath(folder), 'utf8'));
    assert.ok(parsed.ok);
    return parsed.checklist;
  };

  it('keys files by their path relative to the folder with / separators', () => {
    assert.equal(checklistKey(folder, path.join(folder, 'pkg', 'mod.py')), 'pkg/mod.py');
    assert.equal(checklistKey(folder, path.join(path.dirname(folder), 'elsewhere.py')), undefined);
    assert.equal(checklistKey(folder, folder), undefined);
  });

  it('reads a missing file as an empty checklist', async () => {
    assert.deepEqual(await readChecklist(folder), { ok: true, checklist: { version: 1, files: {} } });
  });

  it('creates the file, ticks and unticks', async () => {
    await setTick(folder, 'pkg/a.py', 'divisionReviewed', true);
    assert.deepEqual(onDisk().files, { 'pkg/a.py': { divisionReviewed: true } });
    await setTick(folder, 'pkg/a.py', 'coveredByTests', true);
    const written = await setTick(folder, 'pkg/a.py', 'divisionReviewed', false);
    assert.deepEqual(onDisk().files, { 'pkg/a.py': { coveredByTests: true } });
    assert.deepEqual(written.files, onDisk().files);
    assert.equal(fs.readFileSync(checklistPath(folder), 'utf8'), formatChecklist(onDisk()));
    // No temp files left beside it.
    assert.deepEqual(fs.readdirSync(path.dirname(checklistPath(folder))), ['checklist.json']);
  });

  it('keeps ticks someone else wrote since the last read (git pull)', async () => {
    await setTick(folder, 'a.py', 'divisionReviewed', true);
    fs.writeFileSync(checklistPath(folder), formatChecklist({ version: 1, files: { 'a.py': { divisionReviewed: true }, 'b.py': { runUnderPython3: true } } }));
    await setTick(folder, 'a.py', 'strBytesReviewed', true);
    assert.deepEqual(onDisk().files, { 'a.py': { divisionReviewed: true, strBytesReviewed: true }, 'b.py': { runUnderPython3: true } });
  });

  it('serialises quick successive ticks without losing one', async () => {
    await Promise.all([
      setTick(folder, 'a.py', 'divisionReviewed', true),
      setTick(folder, 'a.py', 'strBytesReviewed', true),
      setTick(folder, 'b.py', 'coveredByTests', true),
      setTick(folder, 'c.py', 'runUnderPython3', true),
    ]);
    assert.deepEqual(onDisk().files, { 'a.py': { divisionReviewed: true, strBytesReviewed: true }, 'b.py': { coveredByTests: true }, 'c.py': { runUnderPython3: true } });
  });

  it('does not overwrite a file that does not parse, and says why', async () => {
    fs.mkdirSync(path.dirname(checklistPath(folder)), { recursive: true });
    fs.writeFileSync(checklistPath(folder), '{ "version": 1, "files": { <<<<<<< HEAD');
    const read = await readChecklist(folder);
    assert.equal(read.ok, false);
    await assert.rejects(setTick(folder, 'a.py', 'divisionReviewed', true), /not valid JSON/);
    assert.equal(fs.readFileSync(checklistPath(folder), 'utf8'), '{ "version": 1, "files": { <<<<<<< HEAD');
  });
});
