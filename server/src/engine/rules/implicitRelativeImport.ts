import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import { isWordChar } from '../textScan';
import type { Fix, RequiredImport, Rule, RuleContext } from '../types';

// Inside a package, Python 2 resolves `import sibling` to the module beside the importing file
// before sys.path (implicit relative import). Python 3 (and Python 2 with
// `from __future__ import absolute_import`) only searches sys.path. Like 2to3's fix_import,
// whether a name is a sibling is decided from the files actually present: the folder must hold
// `__init__.py` and `sibling.py` (or .pyc/.so/.pyd/.pyx, or a `sibling/` package).
// The rule needs the file's path (ctx.path); without one it reports nothing.

const FUTURE_ABSOLUTE: RequiredImport = { kind: 'future', name: 'absolute_import' };

/** Python 3.11's sys.stdlib_module_names (public ones): a sibling with such a name is the stdlib module on Python 3. */
const STDLIB = new Set(
  ('abc aifc argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar ' +
    'cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy ' +
    'copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno ' +
    'faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip ' +
    'hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale ' +
    'logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath ' +
    'nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib ' +
    'posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib ' +
    'resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver ' +
    'spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig ' +
    'syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback ' +
    'tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg ' +
    'winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo').split(' '),
);

interface Folder {
  isPackage: boolean;
  modules: Set<string>;
  dirs: Set<string>;
  readAt: number;
  /** The folder's mtime when read: adding, removing or renaming an entry changes it. */
  mtimeMs: number;
}

// Read each folder once; after a few seconds (the language server: files come and go) its mtime says
// whether to read it again, so a long run over a tree stats folders instead of re-listing them.
const folders = new Map<string, Folder>();
const FOLDER_TTL_MS = 5000;

function mtimeOf(dir: string): number {
  try {
    return statSync(dir).mtimeMs;
  } catch {
    return -1;
  }
}

function folder(dir: string): Folder {
  const known = folders.get(dir);
  const now = Date.now();
  if (known && now - known.readAt < FOLDER_TTL_MS) return known;
  const mtimeMs = mtimeOf(dir);
  if (known && mtimeMs === known.mtimeMs && mtimeMs !== -1) {
    known.readAt = now;
    return known;
  }
  const modules = new Set<string>();
  const dirs = new Set<string>();
  let isPackage = false;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.add(entry.name);
      const m = /^([A-Za-z_]\w*)\.(py|pyc|pyo|so|pyd|pyx)$/.exec(entry.name);
      if (m) modules.add(m[1]);
      if (entry.name === '__init__.py') isPackage = true;
    }
  } catch {
    // Unreadable folder: treat it as no package.
  }
  const result = { isPackage, modules, dirs, readAt: now, mtimeMs };
  folders.set(dir, result);
  return result;
}

function isSibling(dir: string, info: Folder, name: string): boolean {
  if (name === '__init__') return false;
  // `name.cpython-311-x86_64-linux-gnu.so` style extension modules are not Python 2 siblings; plain `name.so` is.
  return info.modules.has(name) || (info.dirs.has(name) && existsSync(join(dir, name, '__init__.py')));
}

export const implicitRelativeImport: Rule = {
  id: 'implicit-relative-import',
  category: 'imports',
  severity: 'error',
  summary: 'Implicit relative import of a module in the same package',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'In a package (a folder with `__init__.py`), flags `import sibling` and `from sibling import x` where `sibling.py` (or a ' +
      '`sibling/` package) sits beside the importing file, unless the module has `from __future__ import absolute_import`. ' +
      'It needs the file\'s path, so it reports nothing for unsaved buffers.',
    whyItBreaks:
      'Python 2 looks for `sibling` in the importing module\'s package first. Python 3 imports are absolute: `import sibling` ' +
      'raises ImportError, or worse, silently imports a standard-library or installed module of the same name ' +
      '(a package\'s own `email.py`, `types.py`, `json.py`).',
    example: '# mypkg/views.py, beside mypkg/models.py\nimport models\nfrom helpers import slugify',
    useInstead: 'from . import models\nfrom .helpers import slugify\n# compat: the same, plus from __future__ import absolute_import',
    fixSafety:
      'Safe when the sibling exists: the explicit relative import loads the same module on Python 2 and 3. Unsafe in a module that ' +
      'is also run as a script (`if __name__ == "__main__"`), because explicit relative imports fail outside a package. ' +
      '`import sibling.sub` and statements mixing sibling and absolute imports are flagged without a fix.',
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    // The cheap refusals first: no file on disk, not a package, no sibling named on the line, the future import
    // (a walk over the file's first statements, read only for an import that may name a sibling).
    if (!ctx.path) return;
    const { dir, info } = folderOf(ctx, ctx.path);
    // The keyword token spans the word `import`: its end needs no call into the tree.
    if (!info.isPackage || !mayNameSibling(ctx.file.text, keyword.startIndex, keyword.startIndex + 'import'.length, info)) return;
    if (ctx.file.futureFeatures.has('absolute_import')) return;
    const statement = keyword.parent;
    const type = statement?.type;
    // checkFrom/checkImport test isInCompatCode last: most imports are not of a sibling.
    if (type === 'import_from_statement') checkFrom(statement!, dir, info, ctx);
    else if (type === 'import_statement') checkImport(statement!, dir, info, ctx);
  },
};

/**
 * The folder holding the file, looked up once per analysis: the engine hands the rule the file's imports one by one,
 * and a dirname, a clock read and a Map lookup for each came to ~10 ms over the stdlib. One analysis runs at a time
 * and its imports come one after the other, so the last analysis' answer is kept (a WeakMap lookup per import cost more).
 */
function folderOf(ctx: RuleContext, path: string): { dir: string; info: Folder } {
  if (ctx !== lastContext) {
    const dir = dirname(path);
    lastFolder = { dir, info: folder(dir) };
    lastContext = ctx;
  }
  return lastFolder!;
}

/** The rule's context lives for one analysis of one file. */
let lastContext: RuleContext | undefined;
let lastFolder: { dir: string; info: Folder } | undefined;

/**
 * A look at the import's line before asking the tree for its statement (a descent from the root per import):
 * false only when no name on it is an entry of the folder, so the statement certainly imports no sibling.
 */
function mayNameSibling(text: string, start: number, end: number, info: Folder): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  // Continued over lines (a `\` ending the line above, or `\`, parentheses on this one) or non-ASCII names: let the tree say.
  const above = text.charCodeAt(lineStart - 2) === 13 ? lineStart - 3 : lineStart - 2;
  if (text.charCodeAt(above) === 92) return true;
  // The words of the line, as /[A-Za-z_]\w*/g finds them, read with charCodeAt rather than a regex and an array of strings.
  let at = lineStart;
  while (at < lineEnd) {
    const code = text.charCodeAt(at);
    if (code === 92 || code === 40 || code >= 0x80) return true;
    if (!isWordStart(code)) {
      at++;
      continue;
    }
    const wordStart = at;
    while (++at < lineEnd && isWordChar(text.charCodeAt(at)));
    const word = text.slice(wordStart, at);
    if (info.modules.has(word) || info.dirs.has(word)) return statementMayNameSibling(text, lineStart, lineEnd, start, info);
  }
  return false;
}

/**
 * A word of the line is an entry of the folder: whether it stands where the statement names its module. Mostly the
 * imported names of `from test import test_support` in Lib/test, where only the module (`test`) can be a sibling.
 * Only plain lines are read (`from a.b import ...`, `import a.b as c, d` and nothing else up to the line's end, so no
 * `;`, comment, bracket or `\`); anything else is left to the tree. The line above does not end with a `\`.
 */
function statementMayNameSibling(text: string, lineStart: number, lineEnd: number, start: number, info: Folder): boolean {
  const isEntry = (name: string): boolean => info.modules.has(name) || info.dirs.has(name);
  const before = text.slice(lineStart, start);
  // `from a.b import ...`: checkFrom looks at the module's first name alone.
  const from = FROM_MODULE.exec(before);
  if (from) return isEntry(from[1]);
  if (!BLANK.test(before)) return true;
  // `import a.b as c, d`: checkImport looks at the first name of each.
  const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
  let any = false;
  for (const part of text.slice(start + 'import'.length, end).split(',')) {
    const name = IMPORTED_NAME.exec(part);
    if (!name) return true;
    any ||= isEntry(name[1]);
  }
  return any;
}

const FROM_MODULE = /^[ \t]*from[ \t]+([A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)*[ \t]+$/;
const BLANK = /^[ \t]*$/;
const IMPORTED_NAME = /^[ \t]*([A-Za-z_]\w*)(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*(?:[ \t]+as[ \t]+[A-Za-z_]\w*)?[ \t]*$/;

/** `[A-Za-z_]` */
function isWordStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function fixSafety(ctx: RuleContext): 'safe' | 'unsafe' {
  return /__name__\s*==\s*['"]__main__['"]/.test(ctx.file.text) ? 'unsafe' : 'safe';
}

function messageFor(name: string, stdlib: boolean): string {
  const base = `\`${name}\` is imported implicitly from this package (\`${name}\` beside this file); Python 3 imports are absolute`;
  return stdlib
    ? `${base}, and \`${name}\` is also a standard-library module: Python 3 would silently import the stdlib \`${name}\` instead`
    : `${base}: \`import ${name}\` raises ImportError there (or finds another \`${name}\` on sys.path)`;
}

function fixes(title: string, edits: Fix['edits'], ctx: RuleContext): Partial<Record<'py3' | 'compat', Fix>> {
  const safety = fixSafety(ctx);
  return {
    py3: { title, safety, edits },
    compat: { title: `${title} and import \`absolute_import\` from \`__future__\``, safety, edits, imports: [FUTURE_ABSOLUTE] },
  };
}

function checkFrom(node: Node, dir: string, info: Folder, ctx: RuleContext): void {
  const module = node.childForFieldName('module_name');
  if (!module || module.type !== 'dotted_name') return;
  const first = module.firstNamedChild?.text ?? '';
  if (first === '__future__' || !isSibling(dir, info, first) || meansTopLevel(first, ctx, true) || isPython3(ctx) || isInCompatCode(node)) return;
  ctx.report({
    node: module,
    message: messageFor(first, STDLIB.has(first)),
    fixes: fixes(`Import from \`.${module.text}\``, [{ start: module.startIndex, end: module.startIndex, newText: '.' }], ctx),
  });
}

function checkImport(node: Node, dir: string, info: Folder, ctx: RuleContext): void {
  const names = node.childrenForFieldName('name');
  const local = names.filter((n) => isSibling(dir, info, topName(n)) && !meansTopLevel(topName(n), ctx, false));
  if (local.length === 0 || isPython3(ctx) || isInCompatCode(node)) return;
  const canFix = names.length === 1 && (names[0].type === 'dotted_name' ? names[0].namedChildren.length === 1 : names[0].childForFieldName('name')?.namedChildren.length === 1);
  for (const name of local) {
    const top = topName(name);
    let message = messageFor(top, STDLIB.has(top));
    if (!canFix) message += names.length > 1 ? '; split the statement and use `from . import ' + top + '`' : `; use \`from .${top} import ...\``;
    ctx.report({
      node: name,
      message,
      fixes: canFix ? fixes(`Use \`from . import ${name.text}\``, [{ start: node.startIndex, end: node.endIndex, newText: `from . import ${name.text}` }], ctx) : {},
    });
  }
}

/** Python 3 code's imports are absolute: `import subprocess` in asyncio/base_events.py means the stdlib module. */
function isPython3(ctx: RuleContext): boolean {
  return ctx.dialect === 'py3';
}

/**
 * Imports no one means relatively, though Python 2 would resolve them so: `import __main__` wants the
 * running script (Python 2 would run the package's own __main__.py), and a module importing names from its
 * own name (distutils/sysconfig.py: `from sysconfig import ...`) wants the top-level module (Python 2 would
 * look for them in the half-initialised module itself). A plain `import own_name` may mean itself (2.7's
 * test/infinite_reload.py), so it is still reported. Python 3 does what was meant.
 */
function meansTopLevel(name: string, ctx: RuleContext, fromImport: boolean): boolean {
  return name === '__main__' || (fromImport && ctx.path !== undefined && basename(ctx.path) === `${name}.py`);
}

function topName(name: Node): string {
  const dotted = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
  return dotted?.namedChildren[0]?.text ?? '';
}
