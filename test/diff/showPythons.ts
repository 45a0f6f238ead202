// Prints which Python 2.7 and Python 3 the differential tests will use, and where `six` comes from;
// exits 1 with instructions when one is missing. `.ci/run` calls it before `npm test`.
//   npx tsx test/diff/showPythons.ts

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findPython2, findPython3, missingInterpreterHelp, provideSix } from './pythons';

let ok = true;
for (const [label, discovery] of [['Python 2.7', findPython2()], ['Python 3', findPython3()]] as const) {
  if (discovery.interpreter) {
    const { executable, version, foundVia } = discovery.interpreter;
    console.log(`${label}: ${executable} (${version}, via ${foundVia})`);
  } else {
    console.error(missingInterpreterHelp(label, discovery));
    ok = false;
  }
}

const python3 = findPython3().interpreter;
if (python3) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-six-'));
  const six = provideSix(python3, dir);
  if (six.ok) console.log(`six: ${six.from} (copied onto PYTHONPATH for both interpreters)`);
  else {
    console.error(six.problem);
    ok = false;
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
