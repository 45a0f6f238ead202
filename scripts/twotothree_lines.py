"""Which original source lines 2to3 (default fixers) changes, and which fixer changes each.

Run with Python 3 (3.11: lib2to3 is still there, deprecated). Used by scripts/recall-vs-2to3.ts.

    python3 scripts/twotothree_lines.py CACHE_DIR < paths.json > results.jsonl

stdin: a JSON list of file paths. stdout: one JSON object per file, in input order:
    {"file": path, "all": [lines], "logical": [[first, last], ...],
     "byFixer": {"print": {"lines": [lines], "hunks": [[first, last, "new text"], ...]}, ...}}
    {"file": path, "error": "parse: ParseError: ..."}     (lib2to3 cannot parse it)
Line numbers are 1-based numbers of ORIGINAL lines (lines end at \\n, \\r\\n or a lone \\r, as the
tokenizer and py3migrate's LineIndex count them; str.splitlines would also split at form feeds).

Each file is parsed once, exactly as `2to3 file.py` parses it (the print_function future switches
the grammar, a newline is appended). A clone of the tree goes through every default fixer together
(what 2to3 itself writes) and is diffed line by line (difflib) against the original: "all". A
replaced or deleted original line is changed; a pure insertion counts against the original line
just before it (fix_tuple_params / fix_metaclass insert lines after the `def` / `class` they rewrite).
For attribution, each fixer whose transform changed text in that run then runs alone on another
clone, diffed the same way: "byFixer". A line of "all" that no lone fixer changes is a product of
fixers together (rare); the caller reports it as unattributed.

Results are cached per file in CACHE_DIR, keyed by a hash of the file's bytes, its path (fix_import
looks at the files beside it), the fixer list and CACHE_VERSION.
"""

import difflib
import hashlib
import io
import json
import multiprocessing
import os
import re
import sys
import warnings

warnings.simplefilter('ignore')  # lib2to3's PendingDeprecationWarning (3.9+) / DeprecationWarning

from lib2to3 import pygram, refactor  # noqa: E402
from lib2to3.pgen2 import driver as pgen_driver, tokenize  # noqa: E402

# `2to3` without -f runs every fixer except these (they are explicit: -f buffer etc.).
EXPLICIT = {'buffer', 'idioms', 'set_literal', 'ws_comma'}
ALL_FIXERS = sorted(refactor.get_fixers_from_package('lib2to3.fixes'))
DEFAULT_FIXERS = [f for f in ALL_FIXERS if f.rsplit('.fix_', 1)[1] not in EXPLICIT]

LINE_SPLIT = re.compile(r'(?<=\r\n)|(?<=\r)(?!\n)|(?<=\n)')

# Bump when the output for a file changes, so cached results are recomputed.
CACHE_VERSION = '1'
FIXERS_HASH = hashlib.sha256(','.join(DEFAULT_FIXERS).encode()).hexdigest()[:16]

_tools = None


def tools():
    global _tools
    if _tools is None:
        all_tool = refactor.RefactoringTool(DEFAULT_FIXERS)
        for fixer in all_tool.pre_order + all_tool.post_order:
            watch(fixer)
        one = {f.rsplit('.fix_', 1)[1]: refactor.RefactoringTool([f]) for f in DEFAULT_FIXERS}
        _tools = (all_tool, one)
    return _tools


# Fixers whose transform ran (their pattern matched) during the current combined run: only those
# run again alone for attribution (48 lone runs per file would take half an hour on the stdlib).
# Any call counts: a transform may replace the node in the tree and return None (fix_next).
_fired = set()


def watch(fixer):
    name = type(fixer).__module__.rsplit('.fix_', 1)[1]
    transform = fixer.transform

    def watched(node, results):
        _fired.add(name)
        return transform(node, results)

    fixer.transform = watched


def split_lines(text):
    return [line for line in LINE_SPLIT.split(text) if line != '']


def diff(before, after):
    """(changed original line numbers, hunks [first, last, new text]) with 1-based inclusive lines."""
    changed = set()
    hunks = []
    last = len(before) - 1  # the newline 2to3 appends is not an original line
    if len(before) == len(after):
        # Most fixers rewrite lines in place; difflib over a 6,000-line file is what costs.
        opcodes = [('replace', i, i + 1, i, i + 1) for i in range(len(before)) if before[i] != after[i]]
    else:
        opcodes = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == 'equal':
            continue
        lines = range(i1 + 1, i2 + 1) if tag != 'insert' else [max(i1, 1)]
        lines = [n for n in lines if n <= last]
        if not lines:
            continue
        changed.update(lines)
        hunks.append([lines[0], lines[-1], ''.join(after[j1:j2])])
    return sorted(changed), hunks


def logical_lines(text):
    """[first, last] of each logical line that spans several physical lines (1-based)."""
    spans = []
    first = None
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            kind = tok[0]
            if kind in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
                continue
            if kind == tokenize.NEWLINE:
                if first is not None and tok[2][0] > first:
                    spans.append([first, tok[2][0]])
                first = None
            elif first is None:
                first = tok[2][0]
    except Exception:
        pass
    return spans


def parse(tool, text):
    features = refactor._detect_future_features(text)
    grammar = pygram.python_grammar_no_print_statement if 'print_function' in features else pygram.python_grammar
    drv = pgen_driver.Driver(grammar, convert=tool.driver.convert, logger=tool.driver.logger)
    tree = drv.parse_string(text)
    tree.future_features = features
    return tree


def clone_of(tree):
    # clone() copies the nodes only; the driver's extras are what fixers read at start_tree.
    clone = tree.clone()
    clone.future_features = tree.future_features
    clone.used_names = tree.used_names
    return clone


def analyse(path):
    all_tool, one_tool = tools()
    try:
        text, _encoding = all_tool._read_python_source(path)
    except Exception as err:  # a bad coding cookie (lib2to3/tests/data/false_encoding.py...)
        return {'file': path, 'error': 'read: %s: %s' % (type(err).__name__, err)}
    if text is None:
        return {'file': path, 'error': 'unreadable'}
    text += '\n'
    try:
        tree = parse(all_tool, text)
    except Exception as err:  # ParseError, TokenError, IndentationError
        return {'file': path, 'error': 'parse: %s: %s' % (type(err).__name__, str(err).split('\n')[0][:200])}
    before = split_lines(text)
    _fired.clear()
    clone = clone_of(tree)
    all_tool.refactor_tree(clone, path)
    after = str(clone)
    result = {'file': path, 'all': diff(before, split_lines(after))[0] if after != text else [], 'logical': logical_lines(text)}
    by_fixer = {}
    for name in sorted(_fired):
        tool = one_tool[name]
        clone = clone_of(tree)
        try:
            tool.refactor_tree(clone, path)
        except Exception as err:
            by_fixer.setdefault('!errors', []).append('%s: %s: %s' % (name, type(err).__name__, err))
            continue
        after = str(clone)
        if after != text:
            lines, hunks = diff(before, split_lines(after))
            if lines:
                by_fixer[name] = {'lines': lines, 'hunks': hunks}
    errors = by_fixer.pop('!errors', None)
    result['byFixer'] = by_fixer
    if errors:
        result['fixerErrors'] = errors
    return result


def cached(args):
    path, cache_dir = args
    with open(path, 'rb') as f:
        data = f.read()
    key = hashlib.sha256(b'\0'.join([data, path.encode(), CACHE_VERSION.encode(), FIXERS_HASH.encode()])).hexdigest()
    entry = os.path.join(cache_dir, key[:2], key + '.json')
    try:
        with open(entry) as f:
            return f.read()
    except OSError:
        pass
    out = json.dumps(analyse(path))
    os.makedirs(os.path.dirname(entry), exist_ok=True)
    tmp = '%s.%d.tmp' % (entry, os.getpid())
    with open(tmp, 'w') as f:
        f.write(out)
    os.replace(tmp, entry)
    return out


def main():
    cache_dir = sys.argv[1]
    jobs = int(os.environ.get('RECALL_JOBS', '2'))
    paths = json.load(sys.stdin)
    sys.setrecursionlimit(10000)  # deep expression trees (lib2to3's tree walk is recursive)
    work = [(p, cache_dir) for p in paths]
    if jobs <= 1:
        results = map(cached, work)
    else:
        pool = multiprocessing.Pool(jobs)
        results = pool.imap(cached, work, chunksize=4)
    done = 0
    for line in results:
        sys.stdout.write(line + '\n')
        done += 1
        if done % 100 == 0:
            sys.stderr.write('2to3 lines: %d/%d files\n' % (done, len(paths)))
    sys.stdout.flush()


if __name__ == '__main__':
    main()
