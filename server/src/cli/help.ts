// Help texts. The exit codes and the JSON fields are a contract other tools rely on: change them
// only by adding.

import { DEFAULT_EXCLUDES } from './files';

const FILE_OPTIONS = `  --target py3|compat|cleanup
                          what the fixed code must run on (default: compat)
                            py3     plain Python 3
                            compat  Python 2.7 and 3, via six / __future__
                            cleanup drop the compat shims (uses the py3 fixes)
  --select IDS            only these rules (comma-separated, repeatable)
  --ignore IDS            never these rules (comma-separated, repeatable)
  --exclude GLOB          skip files and folders matching GLOB (repeatable); a GLOB
                          without '/' matches a name anywhere, one with '/' a path
                          relative to the folder given; applies to named files too
  --no-default-excludes   also walk the folders skipped by default:
${wrap(DEFAULT_EXCLUDES.join(', '), 26, 86)}
  --max-file-size BYTES   skip larger files with an error (default: 2097152 = 2 MB)
  --stdin-filename NAME   the name to report for '-' (default: '-')
  --config FILE           read the configuration from FILE (a pyproject.toml with a
                          [tool.py3migrate] table, or a TOML file of those keys)
  --isolated              ignore configuration files

Configuration: [tool.py3migrate] in the nearest pyproject.toml above the PATHs (their common
folder) sets target, select, ignore, exclude (globs relative to that file's folder),
max-file-size and [tool.py3migrate.rules] (rule-id = "off" | "error" | "warning" |
"information"). A flag given on the command line replaces the file's value for that key.`;

const PATHS = `PATH is a file, a folder (searched for *.py files), or '-' for standard input.
With no PATH, the current folder.`;

export const MAIN_HELP = `py3migrate: find and fix Python 2-only code

Usage:
  py3migrate check [PATH...] [options]    report findings
  py3migrate fix [PATH...] [options]      apply fixes in place
  py3migrate report [PATH...] [options]   migration progress (md, html or json)
  py3migrate requirements [PATH...]       dependencies that stand in the way of Python 3
  py3migrate rules [--format text|json]   list every rule
  py3migrate help <command>               help for one command
  py3migrate --version

Exit codes (check and fix):
  0  no findings (fix: none remaining)
  1  findings (fix: some remaining)
  2  usage error, or a file could not be read, decoded or written
     (the run still goes on over the other files and reports everything)

stdout carries results only: check's findings, fix's output for '-' or its --diff.
Errors, warnings, summaries and the findings fix leaves go to stderr.
`;

export const COMMAND_HELP: Record<string, string> = {
  check: `Usage: py3migrate check [PATH...] [options]

Reports Python 2-only code. Changes nothing.
${PATHS}

Options:
  --format text|json|sarif|github
                          output format (default: text); see below
  -o, --output-file FILE  write the output to FILE instead of stdout (atomically: a
                          temp file renamed over FILE at the end); the summary still
                          goes to stderr
  --exit-zero             exit 0 even when there are findings (still 2 when a file
                          could not be checked)
  --baseline FILE         report and fail only on findings FILE does not list (see
                          Baseline below)
  --update-baseline       write the current findings to the --baseline FILE and exit 0
  -j, --jobs N            check files on N worker threads (default: up to 4, one per
                          core, when there are 64 files or more; 1 = no threads).
                          The output is the same, in the same order, for any N
  --no-progress           no progress bar (it is drawn on stderr only when stderr is a
                          terminal: files done / total, rate, current file)
  --docs-base-url URL     where the rule pages linked from SARIF live:
                          URL<rule-id>.md (default: docs-base-url of the config,
                          else the bundled docs/rules/)
${FILE_OPTIONS}

Text output, one line per finding (like ruff):
  path:line:col: rule-id message [*]
  [*] marks a finding \`py3migrate fix\` fixes by default (a safe fix).
  A summary goes to stderr: Found N findings in M files (K fixable with \`py3migrate fix\`).

JSON output: one array on stdout; each element has
  path        the file as named on the command line (or under the folder given)
  rule        rule id
  severity    error | warning | information
  message     what is wrong
  line, column, endLine, endColumn
              1-based; columns count UTF-16 code units; the end is just past the finding
  fixable     true when a fix exists for the chosen --target (safe or unsafe)
  fix         {title, safety: "safe"|"unsafe"} or null

SARIF output (--format sarif): one SARIF 2.1.0 log for GitHub code scanning and other
  dashboards. tool.driver lists every rule (id, descriptions, helpUri to its page,
  default level); each result has ruleId, level (error | warning | note), message, a
  location relative to %SRCROOT% (the folder check runs in) with a 1-based region
  (UTF-16 columns), partialFingerprints (the baseline fingerprint), and for a safe
  fix its replacements (fixes). Files that could not be checked are tool execution
  notifications.

GitHub output (--format github): one workflow command per finding, which GitHub
  Actions shows as an annotation on the pull request:
  ::error file=path,line=L,col=C,endLine=L2,endColumn=C2,title=py3migrate (rule-id)::message
  (warning and information findings use ::warning and ::notice; % CR LF are escaped,
  and , : too in the properties).

Baseline: adopt py3migrate on a big code base without fixing everything first.
  py3migrate check --baseline py3migrate-baseline.json --update-baseline .   (once; commit it)
  py3migrate check --baseline py3migrate-baseline.json .                     (in CI)
  A finding is in the baseline when its rule, its file (relative to the baseline's
  folder) and its code (the flagged text and its line, whitespace ignored) match an
  entry; line numbers do not matter, so edits elsewhere keep it matched. Each entry
  has a count, for identical findings in one file. The file is sorted JSON, one entry
  per line, with a version field. The summary says how many baselined findings are
  fixed (tighten the baseline by running --update-baseline again). Updating keeps the
  entries of files that could not be read and of rules that did not run (--select,
  --ignore). Only new findings are printed, and only they make the exit code 1.

Files that cannot be read or decoded (binary, not UTF-8 and no coding cookie, NUL bytes,
larger than --max-file-size, missing, dangling symlink, symlink loop, permission denied,
a FIFO or device) get an error on stderr naming the file and the reason, and make the
exit code 2; the run goes on over the other files. A file that does not parse gets a warning
(its findings may be incomplete).

Exit codes: 0 no findings, 1 findings, 2 usage or I/O error.
`,
  fix: `Usage: py3migrate fix [PATH...] [options]

Applies fixes and rewrites each changed file in place, atomically (temp file, fsync,
rename), keeping its line endings, encoding, BOM and file mode.
With '-', reads standard input and writes the result to standard output.
${PATHS}

Options:
  --unsafe-fixes          apply unsafe fixes too (they may change behaviour; review them)
  --diff                  print a unified diff of the changes instead; write nothing
${FILE_OPTIONS}

A file is never written when its fixed version would not parse, when the file did not
parse to begin with (unless the fixes repaired it), when it is not Python 2 code
(Python 3-only syntax such as annotations, f-strings or nonlocal; a misplaced or unknown
\`from __future__\` import), or when it cannot be read or re-encoded; a message on stderr
names the file and says why. What py3migrate's own fixes write (print() with keywords,
metaclass=) does not count as Python 3-only, so fixing can go on rule by rule.
Remaining findings and a summary go to stderr:
  Fixed N issues in M files, K remaining.

Exit codes: 0 nothing remains, 1 findings remain (with --diff: would remain),
2 usage or I/O error.
`,
  rules: `Usage: py3migrate rules [--format text|json]

Lists every rule: id, category, severity, fixability per target (safe, unsafe,
manual or none) and a one-line summary. JSON adds each rule's docs.
`,
  report: `Usage: py3migrate report [PATH...] [options]

Checks the files like \`check\` and sums up where the migration stands: progress per folder
(files, clean files, findings, % clean; a folder counts everything under it), findings per
rule (with how many have a safe or an unsafe fix), the files with the most findings, and the
manual checklist ticked in the editor (.py3migrate/checklist.json in the root or the nearest
folder above it). Changes nothing.
${PATHS}

Options:
  --format md|html|json   md (default): Markdown for a pull-request comment;
                          html: one self-contained page (inline CSS and SVG charts, no
                          scripts, no remote resources) that opens offline and prints;
                          json: the data, described below
  -o, --output FILE       write the report to FILE (atomically) instead of stdout
${FILE_OPTIONS}

JSON output (stable; fields are only ever added), paths relative to "root", '/' separators:
  version     1
  tool        {name, version}
  target      py3 | compat | cleanup
  root        the folder the paths are relative to; config: the config file or null
  summary     {files, cleanFiles, filesWithFindings, unreadableFiles, findings,
               safeFixable, unsafeFixable, percentClean}
  folders     [{path ('.' = root), depth (0 = root), files, cleanFiles, findings,
               safeFixable, unsafeFixable, percentClean, checklist: {itemId: files ticked}}]
              every folder holding a checked file, sorted by path
  rules       [{id, category, severity, findings, files, safeFixable, unsafeFixable}],
              most findings first
  topFiles    [{path, findings, safeFixable, unsafeFixable}], at most 15, most findings first
  unreadable  [{path, problem}]: files not counted (unreadable, too large, not decodable)
  checklist   {file (or null), problem?, items: [{id, label, guide, files, percent}],
               complete (files with every item ticked), stale (ticked files not in the report)}
percentClean is cleanFiles / files in percent with one decimal (100 for no files).

Exit codes: 0 report written (whatever it says), 2 usage error or the report could not
be written.
`,
  requirements: `Usage: py3migrate requirements [PATH...] [--format text|json]

Reads the dependencies a project declares and flags those that stand in the way of Python 3:
  requirement-never-python3         no release ever ran on Python 3 (MySQL-python, PIL...):
                                    the replacement to use instead
  requirement-pinned-before-python3 a pin or upper bound older than the first release with
                                    Python 3 support (Django==1.4): the version to move to
  requirement-unmaintained          dead on Python 3 or insecure (pycrypto, nose): the successor
  requirement-backport              a backport Python 3 has built in (futures, enum34): the
                                    environment marker that keeps it on Python 2 only
A requirement already limited to Python 2 by a marker (; python_version < "3") is not flagged.
Every finding cites the public source of its claim. The data ships with py3migrate: no network.

PATH is a dependency file or a folder (searched, 4 levels deep, skipping virtualenvs, VCS and
build folders) for requirements*.txt (and *.txt under requirements/), setup.py
(install_requires), setup.cfg ([options] install_requires), Pipfile ([packages],
[dev-packages]) and pyproject.toml ([project] dependencies, Poetry's dependency tables).
'-r FILE' and '-c FILE' includes are followed. A file named on the command line is read as
requirements.txt syntax whatever its name. With no PATH, the current folder.

Options:
  --format text|json      text (default), or a JSON array of {file, line, column, endLine,
                          endColumn, id, severity, package, message, suggestion, source}

Exit codes: 0 nothing to change (information findings only), 1 findings, 2 usage error or a
file could not be read.
`,
  help: `Usage: py3migrate help [command]

Shows help for a command: check, fix, report, requirements, rules.
`,
};

function wrap(text: string, indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}
