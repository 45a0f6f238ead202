// Unified diff for `py3migrate fix --diff`: Myers' O(ND) line diff, printed as `patch` and
// `git apply` read it (`--- a/path`, `+++ b/path`, `@@ -l,n +l,n @@` hunks, 3 lines of context).

export type DiffOp = { kind: 'equal' | 'delete' | 'insert'; line: string };

/** Splits keeping each line's own terminator, so CRLF files diff (and patch) byte-exactly. */
export function splitLines(text: string): string[] {
  const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g);
  return lines ?? [];
}

export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  // Common head and tail cost nothing to match and keep the Myers search small:
  // a fix usually touches a few lines of a long file.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: DiffOp[] = a.slice(0, head).map((line) => ({ kind: 'equal', line }));
  ops.push(...myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
  ops.push(...a.slice(a.length - tail).map((line) => ({ kind: 'equal' as const, line })));
  return ops;
}

function myers(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace backwards from (n, m) to recover the edit script.
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: 'equal', line: a[--x] }), y--;
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: 'insert', line: b[--y] });
    else ops.push({ kind: 'delete', line: a[--x] });
  }
  while (x > 0 && y > 0) ops.push({ kind: 'equal', line: a[--x] }), y--;
  return ops.reverse();
}

export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  let out = `--- a/${name}\n+++ b/${name}\n`;
  // Group the changes into hunks, merging those whose context would overlap.
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === 'equal') i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context);
    while (start > 0 && ops[start - 1].kind !== 'equal') start--;
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end].kind !== 'equal') end++;
      let run = end;
      while (run < ops.length && ops[run].kind === 'equal') run++;
      if (run < ops.length && run - end <= 2 * context) {
        end = run;
        continue;
      }
      end = Math.min(ops.length, end + context);
      break;
    }
    let oldLine = 1;
    let newLine = 1;
    for (let j = 0; j < start; j++) {
      if (ops[j].kind !== 'insert') oldLine++;
      if (ops[j].kind !== 'delete') newLine++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== 'insert').length;
    const newCount = hunk.filter((op) => op.kind !== 'delete').length;
    out += `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n`;
    for (const op of hunk) {
      const sign = op.kind === 'equal' ? ' ' : op.kind === 'delete' ? '-' : '+';
      out += sign + op.line;
      if (!/[\r\n]$/.test(op.line)) out += '\n\\ No newline at end of file\n';
    }
    i = end;
  }
  return out;
}

/** GNU diff's range: a one-line range omits its count; an empty one names the line before it. */
function range(start: number, count: number): string {
  if (count === 1) return `${start}`;
  if (count === 0) return `${start - 1},0`;
  return `${start},${count}`;
}
