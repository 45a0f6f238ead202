// Runs `check` over many files on worker threads and hands the results back in input order (the
// sorted walk order), whatever order the workers finish them in. Each worker loads the rules once.
// Memory stays flat: a worker holds at most IN_FLIGHT_PER_WORKER file names at a time, and no file
// more than WINDOW places ahead of the next one to print is handed out, so finished-but-unprinted
// results stay few. Workers keep a queue of several files so they do not sit idle waiting for the
// main thread to be scheduled (on a loaded machine that wait is tens of milliseconds).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckJob, CheckSettings, FileResult } from './checkFile';
import type { WorkerReply } from './cliWorker';

const IN_FLIGHT_PER_WORKER = 16;
const WINDOW = 256;
/** Below this many files a worker's start-up (loading the parser and rules: ~0.2 s) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;

export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 4));
}

/** dist/cliWorker.js beside the running bundle; undefined when running from source (tests in process, tsx). */
export function workerScript(): string | undefined {
  const script = path.join(__dirname, 'cliWorker.js');
  return fs.existsSync(script) ? script : undefined;
}

export interface RunChecksOptions {
  workers: number;
  settings: CheckSettings;
  /** Checks one job on this thread: standard input always, and everything when workers <= 1. */
  runLocal(job: CheckJob): FileResult;
  /** Called once per job, in job order. */
  emit(result: FileResult): void;
  /** Called as results arrive (any order), with the file most recently handed out. */
  progress?(done: number, current: string): void;
}

export async function runChecks(jobs: readonly CheckJob[], options: RunChecksOptions): Promise<void> {
  const script = workerScript();
  const fileJobs = jobs.filter((j) => j.fsPath !== undefined).length;
  const count = Math.min(options.workers, fileJobs);
  if (count <= 1 || !script) {
    let done = 0;
    for (const job of jobs) {
      options.progress?.(done, job.display);
      options.emit(options.runLocal(job));
      options.progress?.(++done, job.display);
    }
    return;
  }
  await new Pool(script, count, jobs, options).run();
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, CheckJob>;
  ready: boolean;
  alive: boolean;
}

class Pool {
  private readonly finished = new Map<number, FileResult>();
  private nextToEmit = 0;
  private nextToSend = 0;
  private done = 0;
  private current = '';
  private readonly slots: Slot[] = [];
  private resolve!: () => void;
  private reject!: (error: unknown) => void;

  constructor(
    private readonly script: string,
    private readonly count: number,
    private readonly jobs: readonly CheckJob[],
    private readonly options: RunChecksOptions,
  ) {}

  run(): Promise<void> {
    const finishedAll = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    for (let i = 0; i < this.count; i++) this.slots.push(this.start());
    return finishedAll.finally(async () => {
      for (const slot of this.slots) slot.alive = false;
      await Promise.all(this.slots.map((s) => s.worker.terminate()));
    });
  }

  private start(): Slot {
    const worker = new Worker(this.script, { workerData: { settings: this.options.settings } });
    const slot: Slot = { worker, inFlight: new Map(), ready: false, alive: true };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') {
        slot.ready = true;
        this.pump();
      } else if (reply.kind === 'result') {
        slot.inFlight.delete(reply.result.index);
        this.accept(reply.result);
      } else {
        this.lose(slot);
      }
    });
    worker.on('error', () => this.lose(slot));
    worker.on('exit', () => this.lose(slot));
    return slot;
  }

  /** A worker that failed to start or died: its files are checked here instead, and the run goes on. */
  private lose(slot: Slot): void {
    if (!slot.alive) return;
    slot.alive = false;
    const orphans = [...slot.inFlight.values()];
    slot.inFlight.clear();
    void slot.worker.terminate();
    for (const job of orphans) this.accept(this.safeLocal(job));
    this.pump();
  }

  private safeLocal(job: CheckJob): FileResult {
    try {
      return this.options.runLocal(job);
    } catch (error) {
      return { index: job.index, checked: false, failed: true, findings: [], messages: [{ level: 'error', text: `${job.display}: internal error: ${(error as Error).stack ?? String(error)}` }] };
    }
  }

  private accept(result: FileResult): void {
    this.finished.set(result.index, result);
    this.done++;
    try {
      this.options.progress?.(this.done, this.current);
      while (this.finished.has(this.nextToEmit)) {
        const next = this.finished.get(this.nextToEmit) as FileResult;
        this.finished.delete(this.nextToEmit);
        this.nextToEmit++;
        this.options.emit(next);
      }
    } catch (error) {
      this.reject(error);
      return;
    }
    if (this.nextToEmit === this.jobs.length) this.resolve();
    else this.pump();
  }

  private pump(): void {
    const live = this.slots.filter((s) => s.alive);
    while (this.nextToSend < this.jobs.length && this.nextToSend < this.nextToEmit + WINDOW) {
      const job = this.jobs[this.nextToSend];
      if (job.fsPath === undefined) {
        // Standard input was read by the main thread; it is checked here.
        this.nextToSend++;
        this.accept(this.safeLocal(job));
        continue;
      }
      if (live.length === 0) {
        this.nextToSend++;
        this.current = job.display;
        this.accept(this.safeLocal(job));
        continue;
      }
      const slot = live.filter((s) => s.ready && s.inFlight.size < IN_FLIGHT_PER_WORKER).sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
      if (!slot) return;
      this.nextToSend++;
      this.current = job.display;
      slot.inFlight.set(job.index, job);
      slot.worker.postMessage(job);
    }
  }
}
