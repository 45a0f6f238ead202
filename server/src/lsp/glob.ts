// A small glob matcher for `py3migrate.exclude`, with the syntax VS Code's own glob settings
// use: `*` and `?` within one path segment, `**` across segments, `[abc]` / `[!abc]`, `{a,b}`.
// Paths are matched with forward slashes.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole segments; a trailing `**` matches everything below.
        const slashAfter = glob[i + 2] === '/';
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && slashAfter) {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else if (ch === '{') {
      braceDepth++;
      out += '(?:';
    } else if (ch === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (ch === ',' && braceDepth > 0) {
      out += '|';
    } else {
      out += ch.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  while (braceDepth-- > 0) out += ')';
  const re = new RegExp('^' + out + '$');
  cache.set(glob, re);
  return re;
}

/**
 * True when `relativePath` (or one of its parent folders, so `build` excludes `build/x.py`)
 * matches the glob. A glob without a slash also matches a file or folder name at any depth,
 * as `*_pb2.py` or `vendor` are meant.
 */
export function matchesGlob(glob: string, relativePath: string): boolean {
  const pattern = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (pattern === '') return false;
  const re = globToRegExp(pattern);
  const path = relativePath.replace(/\\/g, '/');
  const segments = path.split('/');
  for (let n = segments.length; n > 0; n--) {
    if (re.test(segments.slice(0, n).join('/'))) return true;
  }
  if (!pattern.includes('/')) return segments.some((segment) => re.test(segment));
  return false;
}
