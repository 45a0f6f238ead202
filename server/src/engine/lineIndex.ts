// Offset <-> (line, column) conversion. Lines and columns are 0-based and columns count
// UTF-16 code units, like LSP positions; the CLI adds 1 when it prints them.

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset of the first character of each line. A line ends after \n, \r\n or a lone \r. */
  readonly lineStarts: number[];

  constructor(
    readonly text: string,
    /** Precomputed line starts (from afterChange); scanned from the text when absent. */
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    this.lineStarts = text.indexOf('\r') < 0 ? lfLineStarts(text) : anyLineStarts(text);
  }

  /**
   * The index of `text`, which is `before.text` with [start, end) replaced by `inserted`. Rescans
   * only the changed lines and shifts the rest: rebuilding the index of a 10,000-line file on
   * every keystroke costs more than the incremental re-parse it accompanies.
   */
  static afterChange(before: LineIndex, text: string, start: number, end: number, inserted: string): LineIndex {
    const old = before.lineStarts;
    const delta = inserted.length - (end - start);
    // Start one line early: a `\r` ending the previous line can pair with an inserted `\n`.
    const firstLine = Math.max(0, before.positionAt(start).line - 1);
    // The first old line start whose preceding line break (up to 2 characters) the change cannot touch.
    let resume = firstLine + 1;
    while (resume < old.length && old[resume] <= end + 1) resume++;
    const starts = old.slice(0, firstLine + 1);
    const limit = resume < old.length ? old[resume] + delta : Number.POSITIVE_INFINITY;
    for (let i = old[firstLine]; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      let next = -1;
      if (ch === 10 /* \n */) next = i + 1;
      else if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        next = i + 1;
      }
      if (next < 0) continue;
      if (next > limit) return new LineIndex(text);
      starts.push(next);
      if (next === limit) {
        for (let j = resume + 1; j < old.length; j++) starts.push(old[j] + delta);
        return new LineIndex(text, starts);
      }
    }
    return Number.isFinite(limit) ? new LineIndex(text) : new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: offset - starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.column), end);
  }

  lineStart(line: number): number {
    return this.lineStarts[line];
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }
}

/**
 * Line starts of a text whose only line break is `\n`, nearly every file: `indexOf` skips along a
 * line at a time, 4-5x faster than looking at each character (~100 ms over the stdlib otherwise).
 */
function lfLineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function anyLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) starts.push(i + 1);
    else if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The line break a file mostly uses, so inserted lines match it. */
// Rules building fixes ask for the same file's line ending once per fix: the last answer is kept.
let lastEolText: string | undefined;
let lastEol: '\n' | '\r\n' | '\r' = '\n';

export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  if (text === lastEolText) return lastEol;
  lastEol = countEols(text);
  lastEolText = text;
  return lastEol;
}

function countEols(text: string): '\n' | '\r\n' | '\r' {
  if (text.indexOf('\r') < 0) return '\n';
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (ch === 10) lf++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}
