// A one-line progress bar on stderr while `check` runs: files done / total, rate, current file.
// Drawn only when stderr is a terminal (a CI log or a redirect gets nothing), redrawn in place
// with \r at most ten times a second, and wiped before anything else is written to the terminal.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(data: string): unknown;
}

const REDRAW_MS = 100;

export class Progress {
  private lastDraw = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
    readonly enabled = stream.isTTY === true,
  ) {}

  update(done: number, current: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS && done < this.total) return;
    this.lastDraw = now;
    const width = Math.max(40, this.stream.columns || 80) - 1;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = done / seconds;
    const barWidth = 20;
    const filled = this.total > 0 ? Math.round((done / this.total) * barWidth) : barWidth;
    const head = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${done}/${this.total} files, ${rate.toFixed(rate < 10 ? 1 : 0)}/s `;
    const room = width - head.length;
    const file = room <= 3 ? '' : current.length > room ? `...${current.slice(current.length - room + 3)}` : current;
    this.stream.write(`\r${head}${file}\x1b[K`);
    this.shown = true;
  }

  /** Wipes the bar so a message or a finding line can be written; the next update draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
