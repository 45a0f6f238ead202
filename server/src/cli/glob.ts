// Glob patterns for --exclude, gitignore-style: a pattern without a slash matches a file or folder
// name anywhere in the tree (`build`, `*_pb2.py`); a pattern with a slash matches the path relative
// to the folder given on the command line (`legacy/**/gen_*.py`). `*` and `?` stay within one path
// segment, `**` crosses segments, `[abc]` / `[!abc]` are character classes.

export interface GlobMatcher {
  /** name: the entry's own name; relativePath: from the walked root, with '/' separators. */
  matches(name: string, relativePath: string): boolean;
}

export function globMatcher(patterns: readonly string[]): GlobMatcher {
  const byName: RegExp[] = [];
  const byPath: RegExp[] = [];
  for (const raw of patterns) {
    const pattern = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (pattern === '') continue;
    if (pattern.includes('/')) byPath.push(globToRegExp(pattern.replace(/^\//, '')));
    else byName.push(globToRegExp(pattern));
  }
  return {
    matches(name, relativePath) {
      return byName.some((re) => re.test(name)) || byPath.some((re) => re.test(relativePath));
    },
  };
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const slashAfter = glob[i + 2] === '/';
        if (atStart && slashAfter) {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = close;
    } else {
      re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return new RegExp('^' + re + '$');
}
