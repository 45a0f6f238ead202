// A small project tree for the report tests (unit and browser): findings in nested folders, clean
// files, an unreadable file, a folder whose name needs escaping, and a manual checklist.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadRules } from '../../../server/src/engine';
import type { Console } from '../../../server/src/cli/console';
import { runReport } from '../../../server/src/cli/report';

export const HOSTILE = '<img src=x onerror=alert(1)>|`x`&y';

export function reportFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-report-'));
  const files: Record<string, string | Buffer> = {
    'pkg/a.py': 'print "hi"\nx = 10L\n',
    'pkg/b.py': 'x = 1\n',
    'pkg/sub/c.py': 'if a <> b:\n    pass\nd.has_key(1)\n',
    'other/d.py': 'import urllib2\n',
    'top.py': 'y = 2\n',
    [`${HOSTILE}/e.py`]: 'print "e"\n',
    'bin/bad.py': Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x01, 0x02]),
    '.py3migrate/checklist.json': JSON.stringify({
      version: 1,
      files: {
        'pkg/a.py': { strBytesReviewed: true, coveredByTests: true },
        'pkg/b.py': { strBytesReviewed: true, divisionReviewed: true, coveredByTests: true, runUnderPython3: true },
        'gone.py': { coveredByTests: true },
      },
    }),
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export interface Captured {
  code: number;
  stdout: string;
  stderr: string[];
}

/** Runs `py3migrate report` in-process (no config files: --isolated keeps the tests hermetic). */
export async function report(args: string[]): Promise<Captured> {
  const rules = await loadRules();
  const captured: Captured = { code: 0, stdout: '', stderr: [] };
  const out: Console = {
    stdout: (data) => void (captured.stdout += typeof data === 'string' ? data : Buffer.from(data).toString('utf8')),
    error: (m) => void captured.stderr.push(`error: ${m}`),
    warn: (m) => void captured.stderr.push(`warning: ${m}`),
    info: (m) => void captured.stderr.push(m),
  };
  captured.code = runReport([...args, '--isolated'], rules, out);
  return captured;
}
