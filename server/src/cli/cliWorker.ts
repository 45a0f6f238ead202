// The worker thread of `py3migrate check --jobs N` (bundled as dist/cliWorker.js beside dist/cli.js,
// so the parser finds the .wasm files next to it). It loads the rules once, then checks the files
// the main thread hands it one message at a time and posts each result back.

import { parentPort, workerData } from 'node:worker_threads';
import { loadRules } from '../engine';
import { checkFileJob, type CheckJob, type CheckSettings, type FileResult } from './checkFile';

export type WorkerReply = { kind: 'ready' } | { kind: 'result'; result: FileResult } | { kind: 'fatal'; message: string };

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('cliWorker.js runs only as a worker thread of py3migrate check');
  const settings = (workerData as { settings: CheckSettings }).settings;
  const rules = await loadRules();
  port.on('message', (job: CheckJob) => {
    const result = checkFileJob(rules, job, settings);
    port.postMessage({ kind: 'result', result } satisfies WorkerReply);
  });
  port.postMessage({ kind: 'ready' } satisfies WorkerReply);
}

serve().catch((error: unknown) => {
  parentPort?.postMessage({ kind: 'fatal', message: (error as Error).stack ?? String(error) } satisfies WorkerReply);
});
