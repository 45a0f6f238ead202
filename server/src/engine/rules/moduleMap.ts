// Where every Python 2 standard-library module went in Python 3 (rules-catalog.md §2), as data.
// The rules for catalog rows C1-C6 and E3 read these tables; moduleImports.ts does the matching and fixing.
//
// Sources:
//  - lib2to3 `fix_imports.MAPPING` and `fix_imports2.MAPPING` (CPython 3.11.7): the Python 3 module of each renamed module;
//  - lib2to3 `fix_urllib.MAPPING`: the members of `urllib` / `urllib2`, and where each went;
//  - six 1.17 `_moved_attributes` and `_urllib_{parse,error,request,response,robotparser}_moved_attributes`: the compat spelling
//    (`six.moves.<name>`, `six.moves.urllib.<module>.<member>`); a module absent from six.moves has no compat fix;
//  - pylint's `bad-python3-import` set (py3k checker, last in pylint 2.10): the modules with no Python 3 counterpart (§2d);
//  - `absent` lists: public members of the Python 2.7.18 module that the Python 3.11.7 module lacks, computed by comparing
//    `dir()` under both interpreters (re-exported modules, `types` names and Tkinter star re-exports left out).

/** The rule that owns a module, by catalog row. */
export type ModuleRuleId =
  | 'renamed-stdlib-module' // C1
  | 'dbm-module-rename' // C2
  | 'urllib-reorganisation' // C3
  | 'removed-stdlib-module' // C4
  | 'email-mime-module' // C5
  | 'userdict-module' // C6
  | 'stringio-choice'; // E3

export type MoveSafety = 'safe' | 'unsafe' | 'manual';

/** A Python 2 module that Python 3 renamed as a whole: every member keeps its name. */
export interface RenamedModule {
  kind: 'renamed';
  rule: ModuleRuleId;
  py2: string;
  py3: string;
  /** The module under six, e.g. `six.moves.queue`, `six.moves.urllib.parse`; undefined when six.moves has none. */
  six?: string;
  safety: MoveSafety;
  /** Why the fix is unsafe or manual: an API difference the user must review. */
  note?: string;
  /** Members of the Python 2 module that the Python 3 module lacks. */
  absent?: readonly string[];
  /** Members that behave differently in Python 3: using one makes the fix unsafe. */
  changed?: Readonly<Record<string, string>>;
}

/** Where one member of a split module went. */
export interface MemberMove {
  /** Python 3 module and name: `['urllib.request', 'urlopen']`. */
  py3: readonly [string, string];
  /** six module and name: `['six.moves.urllib.request', 'urlopen']`, `['six', 'StringIO']`; undefined when six has none. */
  six?: readonly [string, string];
  safety: 'safe' | 'unsafe';
  note?: string;
}

/** A Python 2 module whose members moved to different Python 3 modules (or became attributes of one). */
export interface SplitModule {
  kind: 'split';
  rule: ModuleRuleId;
  py2: string;
  members: Readonly<Record<string, MemberMove>>;
  /** Members with no mechanical replacement, and what to use instead. */
  unmapped: Readonly<Record<string, string>>;
  /** The Python 3 module an import with no member uses becomes. */
  defaultPy3: string;
  defaultSix?: string;
  /** Python 3 has a package of the same name (`urllib`): the import alone is fine, and these attributes are Python 3 usage. */
  py3Submodules?: readonly string[];
  /** Message for the import. */
  message: string;
}

/** A Python 2 module with no Python 3 counterpart. */
export interface RemovedModule {
  kind: 'removed';
  rule: ModuleRuleId;
  py2: string;
  /** What to use instead. */
  advice: string;
}

export type ModuleMove = RenamedModule | SplitModule | RemovedModule;

const C1 = 'renamed-stdlib-module';

function renamed(py2: string, py3: string, six: string | undefined, extra: Partial<RenamedModule> = {}): RenamedModule {
  return { kind: 'renamed', rule: C1, py2, py3, six, safety: 'safe', ...extra };
}

// lib2to3 fix_imports.MAPPING / fix_imports2.MAPPING, with six.moves names from six `_moved_attributes`.
const RENAMED: readonly RenamedModule[] = [
  renamed('cPickle', 'pickle', 'six.moves.cPickle', { absent: ['BadPickleGet', 'UnpickleableError'] }),
  renamed('__builtin__', 'builtins', 'six.moves.builtins', {
    absent: ['StandardError', 'apply', 'basestring', 'buffer', 'cmp', 'coerce', 'execfile', 'file', 'intern', 'long', 'raw_input', 'reduce', 'reload', 'unichr', 'unicode', 'xrange'],
  }),
  renamed('copy_reg', 'copyreg', 'six.moves.copyreg'),
  renamed('Queue', 'queue', 'six.moves.queue'),
  renamed('SocketServer', 'socketserver', 'six.moves.socketserver'),
  renamed('ConfigParser', 'configparser', 'six.moves.configparser', {
    safety: 'unsafe',
    note: 'Python 3 `configparser.ConfigParser` interpolates like Python 2 `SafeConfigParser` (a lone `%` is an error) and is strict about duplicate sections and options; `SafeConfigParser` and `readfp` are gone in 3.12.',
  }),
  renamed('repr', 'reprlib', 'six.moves.reprlib'),
  renamed('FileDialog', 'tkinter.filedialog', 'six.moves.tkinter_filedialog'),
  renamed('tkFileDialog', 'tkinter.filedialog', 'six.moves.tkinter_tkfiledialog'),
  renamed('SimpleDialog', 'tkinter.simpledialog', 'six.moves.tkinter_simpledialog'),
  renamed('tkSimpleDialog', 'tkinter.simpledialog', 'six.moves.tkinter_tksimpledialog'),
  renamed('tkColorChooser', 'tkinter.colorchooser', 'six.moves.tkinter_colorchooser'),
  renamed('tkCommonDialog', 'tkinter.commondialog', 'six.moves.tkinter_commondialog'),
  renamed('Dialog', 'tkinter.dialog', 'six.moves.tkinter_dialog'),
  renamed('Tkdnd', 'tkinter.dnd', 'six.moves.tkinter_dnd'),
  renamed('tkFont', 'tkinter.font', 'six.moves.tkinter_font'),
  renamed('tkMessageBox', 'tkinter.messagebox', 'six.moves.tkinter_messagebox'),
  renamed('ScrolledText', 'tkinter.scrolledtext', 'six.moves.tkinter_scrolledtext'),
  renamed('Tkconstants', 'tkinter.constants', 'six.moves.tkinter_constants'),
  renamed('Tix', 'tkinter.tix', 'six.moves.tkinter_tix', { safety: 'unsafe', note: '`tkinter.tix` is deprecated and was removed in Python 3.13.' }),
  renamed('ttk', 'tkinter.ttk', 'six.moves.tkinter_ttk'),
  renamed('Tkinter', 'tkinter', 'six.moves.tkinter', { absent: ['At', 'AtEnd', 'AtInsert', 'AtSelFirst', 'AtSelLast', 'Studbutton', 'Tributton'] }),
  renamed('markupbase', '_markupbase', undefined, { note: 'a private module; six.moves has no name for it.' }),
  renamed('_winreg', 'winreg', 'six.moves.winreg'),
  renamed('thread', '_thread', 'six.moves._thread'),
  renamed('dummy_thread', '_thread', 'six.moves._dummy_thread', {
    safety: 'unsafe',
    note: '`_dummy_thread` (lib2to3\'s target) was removed in Python 3.9; `_thread` starts real threads.',
  }),
  renamed('dbhash', 'dbm', undefined, {
    safety: 'manual',
    note: 'lib2to3 maps it to `dbm.bsd`, which no released Python 3 has; use `dbm.open()` (files written by bsddb are not readable by it).',
  }),
  renamed('dumbdbm', 'dbm.dumb', undefined, { safety: 'unsafe', note: 'Python 3 `dbm.dumb` returns keys and values as bytes.' }),
  renamed('gdbm', 'dbm.gnu', 'six.moves.dbm_gnu', { safety: 'unsafe', note: 'Python 3 `dbm.gnu` returns keys and values as bytes.' }),
  renamed('xmlrpclib', 'xmlrpc.client', 'six.moves.xmlrpc_client', { absent: ['SlowParser'] }),
  renamed('DocXMLRPCServer', 'xmlrpc.server', undefined),
  renamed('SimpleXMLRPCServer', 'xmlrpc.server', 'six.moves.xmlrpc_server', { absent: ['remove_duplicates'] }),
  renamed('httplib', 'http.client', 'six.moves.http_client', { absent: ['FakeSocket', 'HTTP', 'HTTPS', 'LineAndFileWrapper', 'MAXAMOUNT', 'py3kwarning'] }),
  renamed('htmlentitydefs', 'html.entities', 'six.moves.html_entities'),
  renamed('HTMLParser', 'html.parser', 'six.moves.html_parser', {
    safety: 'unsafe',
    note: 'Python 3.5+ `HTMLParser` converts character references by default (`convert_charrefs=True`), so `handle_data` receives them decoded and `handle_charref`/`handle_entityref` are not called.',
    absent: ['HTMLParseError', 'attrfind', 'locatestarttagend', 'tagfind'],
  }),
  renamed('Cookie', 'http.cookies', 'six.moves.http_cookies', { absent: ['Cookie', 'SerialCookie', 'SmartCookie'] }),
  renamed('cookielib', 'http.cookiejar', 'six.moves.http_cookiejar', { absent: ['month', 'vals_sorted_by_key'] }),
  renamed('BaseHTTPServer', 'http.server', 'six.moves.BaseHTTPServer'),
  renamed('SimpleHTTPServer', 'http.server', 'six.moves.SimpleHTTPServer'),
  renamed('CGIHTTPServer', 'http.server', 'six.moves.CGIHTTPServer'),
  renamed('test.test_support', 'test.support', undefined, {
    safety: 'unsafe',
    note: 'Python 3 moved many helpers of `test.support` into submodules (`os_helper`, `import_helper`, ...).',
    absent: [
      'BasicTestRunner', 'CleanImport', 'DirsOnSysPath', 'EnvironmentVarGuard', 'FS_NONASCII', 'FUZZ', 'HOST', 'HOSTv6', 'IPV6_ENABLED',
      'SAVEDCWD', 'TESTFN', 'TESTFN_ENCODING', 'TESTFN_UNENCODABLE', 'TESTFN_UNICODE', 'TransientResource', 'WarningsRecorder',
      'bind_port', 'change_cwd', 'character', 'check_py3k_warnings', 'check_warnings', 'fcmp', 'fd_count', 'find_unused_port', 'forget',
      'have_unicode', 'import_fresh_module', 'import_module', 'make_bad_fd', 'match_test', 'precisionbigmemtest', 'py3k_bytes',
      'reap_threads', 'requires_type_collecting', 'requires_unicode', 'rmdir', 'rmtree', 'run_doctest', 'run_unittest', 'set_match_tests',
      'start_threads', 'strip_python_stderr', 'temp_cwd', 'temp_dir', 'threading_cleanup', 'threading_setup', 'transient_internet', 'u',
      'unlink', 'unload', 'wait_threads_exit',
    ],
  }),
  // C3: fix_imports renames these two; six lists them under six.moves.urllib.
  renamed('urlparse', 'urllib.parse', 'six.moves.urllib.parse', {
    rule: 'urllib-reorganisation',
    absent: ['MAX_CACHE_SIZE', 'ResultMixin'],
    changed: { urldefrag: 'Python 3 returns a `DefragResult` named tuple, whose repr differs from the plain tuple of Python 2' },
  }),
  renamed('robotparser', 'urllib.robotparser', 'six.moves.urllib.robotparser', { rule: 'urllib-reorganisation', absent: ['URLopener'] }),
  // C2: fix_imports2; six.moves has neither.
  renamed('anydbm', 'dbm', undefined, { rule: 'dbm-module-rename', safety: 'unsafe', note: 'Python 3 `dbm` databases return keys and values as bytes.' }),
  renamed('whichdb', 'dbm', undefined, {
    rule: 'dbm-module-rename', safety: 'unsafe',
    note: 'Python 3 `dbm.whichdb()` names the modules `dbm.gnu`, `dbm.ndbm`, `dbm.dumb` where Python 2 said `gdbm`, `dbm`, `dumbdbm`, `dbhash`.',
    absent: ['dbm'],
  }),
  // C5: Python 2's lazy aliases in `email/__init__.py` (`_LOWERNAMES`, `_MIMENAMES`). The lower-case modules exist since 2.5,
  // so the compat fix is the Python 3 spelling; six.moves only names the five email_mime_* ones.
  ...['Audio', 'Base', 'Image', 'Message', 'Multipart', 'NonMultipart', 'Text'].map((n) =>
    renamed(`email.MIME${n}`, `email.mime.${n.toLowerCase()}`, `email.mime.${n.toLowerCase()}`, { rule: 'email-mime-module' })),
  ...['Charset', 'Encoders', 'Errors', 'FeedParser', 'Generator', 'Header', 'Iterators', 'Message', 'Parser', 'Utils'].map((n) =>
    renamed(`email.${n}`, `email.${n.toLowerCase()}`, `email.${n.toLowerCase()}`, { rule: 'email-mime-module' })),
  renamed('email.base64MIME', 'email.base64mime', 'email.base64mime', { rule: 'email-mime-module' }),
  renamed('email.quopriMIME', 'email.quoprimime', 'email.quoprimime', { rule: 'email-mime-module' }),
];

function member(py3Module: string, name: string, sixModule: string | undefined, safety: 'safe' | 'unsafe' = 'safe', note?: string, py3Name = name, sixName = name): MemberMove {
  return { py3: [py3Module, py3Name], six: sixModule ? [sixModule, sixName] : undefined, safety, ...(note ? { note } : {}) };
}

function members(py3Module: string, sixModule: string | undefined, names: string[]): Record<string, MemberMove> {
  return Object.fromEntries(names.map((n) => [n, member(py3Module, n, sixModule)]));
}

const SIX_REQUEST = 'six.moves.urllib.request';
const SIX_PARSE = 'six.moves.urllib.parse';
const SIX_ERROR = 'six.moves.urllib.error';
const SIX_RESPONSE = 'six.moves.urllib.response';

// lib2to3 fix_urllib.MAPPING `urllib` lists (`urllib.parse` functions), retargeted to six as modernize's fix_urllib_six does.
const URLLIB_PARSE = {
  ...members('urllib.parse', SIX_PARSE, ['quote', 'quote_plus', 'unquote', 'unquote_plus', 'urlencode', 'splitquery', 'splittag', 'splituser', 'splitvalue']),
  ...members('urllib.parse', undefined, ['splitattr', 'splithost', 'splitnport', 'splitpasswd', 'splitport', 'splittype']),
};

const URLLIB_URLOPEN_NOTE = 'Python 2 `urllib.urlopen` returned error pages (404, 500) as responses; Python 3 `urllib.request.urlopen` raises HTTPError for them, and takes a timeout instead of proxies.';

const URLLIB: SplitModule = {
  kind: 'split',
  rule: 'urllib-reorganisation',
  py2: 'urllib',
  message: 'Python 3 moved the functions of `urllib` into `urllib.parse`, `urllib.request` and `urllib.error`',
  members: {
    ...members('urllib.request', SIX_REQUEST, ['URLopener', 'FancyURLopener', 'urlretrieve', 'urlcleanup', 'pathname2url', 'url2pathname', 'getproxies', 'proxy_bypass']),
    urlopen: member('urllib.request', 'urlopen', undefined, 'unsafe', URLLIB_URLOPEN_NOTE),
    _urlopener: member('urllib.request', '_urlopener', undefined),
    ...URLLIB_PARSE,
    ContentTooShortError: member('urllib.error', 'ContentTooShortError', SIX_ERROR),
    // Not in lib2to3's mapping (it leaves them broken); six maps them to urllib.response.
    ...members('urllib.response', SIX_RESPONSE, ['addbase', 'addclosehook', 'addinfo', 'addinfourl']),
  },
  unmapped: {
    always_safe: 'no public equivalent; `urllib.parse.quote` keeps these characters',
    basejoin: 'use `urllib.parse.urljoin`',
    ftpcache: 'use `urllib.request.ftpcache`',
    ftperrors: 'use `urllib.request.ftperrors`',
    ftpwrapper: 'use `urllib.request.ftpwrapper`',
    getproxies_environment: 'use `urllib.request.getproxies_environment`',
    getproxies_macosx_sysconf: 'no public equivalent',
    main: 'no equivalent',
    test1: 'no equivalent',
    noheaders: 'use `urllib.request.noheaders`',
    proxy_bypass_environment: 'use `urllib.request.proxy_bypass_environment`',
    proxy_bypass_macosx_sysconf: 'no public equivalent',
    reporthook: 'no equivalent; pass your own hook to `urllib.request.urlretrieve`',
    unwrap: 'use `urllib.parse.unwrap`',
    toBytes: 'no equivalent; encode the text yourself',
    localhost: 'use `urllib.request.localhost`',
    thishost: 'use `urllib.request.thishost`',
    MAXFTPCACHE: 'use `urllib.request.MAXFTPCACHE`',
  },
  defaultPy3: 'urllib.parse',
  defaultSix: SIX_PARSE,
  py3Submodules: ['parse', 'request', 'error', 'response', 'robotparser'],
};

const URLLIB2: SplitModule = {
  kind: 'split',
  rule: 'urllib-reorganisation',
  py2: 'urllib2',
  message: 'Python 3 split `urllib2` into `urllib.request` and `urllib.error`',
  members: {
    ...members('urllib.request', SIX_REQUEST, [
      'urlopen', 'install_opener', 'build_opener', 'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
      'HTTPRedirectHandler', 'HTTPCookieProcessor', 'ProxyHandler', 'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',
      'AbstractBasicAuthHandler', 'HTTPBasicAuthHandler', 'ProxyBasicAuthHandler', 'AbstractDigestAuthHandler', 'HTTPDigestAuthHandler',
      'ProxyDigestAuthHandler', 'HTTPHandler', 'HTTPSHandler', 'FileHandler', 'FTPHandler', 'CacheFTPHandler', 'UnknownHandler',
      // Not in lib2to3's mapping; six and Python 3 have them in urllib.request.
      'HTTPErrorProcessor', 'parse_http_list', 'parse_keqv_list', 'getproxies', 'proxy_bypass', 'url2pathname',
    ]),
    AbstractHTTPHandler: member('urllib.request', 'AbstractHTTPHandler', undefined),
    URLError: member('urllib.error', 'URLError', SIX_ERROR),
    HTTPError: member('urllib.error', 'HTTPError', SIX_ERROR),
    addinfourl: member('urllib.response', 'addinfourl', SIX_RESPONSE),
    // lib2to3 repeats the urllib.parse list for urllib2 (urllib2 re-exported those functions from urllib).
    ...URLLIB_PARSE,
  },
  unmapped: {
    ftpwrapper: 'use `urllib.request.ftpwrapper`',
    request_host: 'use `urllib.request.request_host`',
    localhost: 'use `urllib.request.localhost`',
    randombytes: 'use `os.urandom`',
    unwrap: 'use `urllib.parse.unwrap`',
    toBytes: 'no equivalent; encode the text yourself',
  },
  defaultPy3: 'urllib.request',
  defaultSix: SIX_REQUEST,
};

const USERDICT_NOTE = 'Python 2 `UserDict.UserDict` is an old-style class that does not define `__iter__` (iteration falls back to `__getitem__` with 0, 1, ...); `collections.UserDict` is a new-style `MutableMapping`.';

const SPLIT: readonly SplitModule[] = [
  URLLIB,
  URLLIB2,
  {
    kind: 'split',
    rule: 'userdict-module',
    py2: 'UserDict',
    message: 'Python 3 removed the `UserDict` module; its classes are in `collections` and `collections.abc`',
    members: {
      UserDict: member('collections', 'UserDict', 'six.moves', 'unsafe', USERDICT_NOTE),
      IterableUserDict: member('collections', 'IterableUserDict', 'six.moves', 'unsafe', 'Python 2 `IterableUserDict` is an old-style class; `collections.UserDict` is a new-style `MutableMapping`.', 'UserDict', 'UserDict'),
    },
    unmapped: {
      DictMixin: 'subclass `collections.abc.MutableMapping` and define `__iter__`, `__len__` and `__delitem__` (DictMixin derived them from `keys()`)',
    },
    defaultPy3: 'collections',
  },
  {
    kind: 'split',
    rule: C1,
    py2: 'UserList',
    message: 'Python 3 removed the `UserList` module; `UserList` is in `collections`',
    members: { UserList: member('collections', 'UserList', 'six.moves', 'unsafe', 'Python 2 `UserList.UserList` is an old-style class; `collections.UserList` is a new-style `MutableSequence`.') },
    unmapped: {},
    defaultPy3: 'collections',
  },
  {
    kind: 'split',
    rule: C1,
    py2: 'UserString',
    message: 'Python 3 removed the `UserString` module; `UserString` is in `collections`',
    members: { UserString: member('collections', 'UserString', 'six.moves', 'unsafe', 'Python 2 `UserString.UserString` is an old-style class; `collections.UserString` is a new-style `Sequence` of text.') },
    unmapped: { MutableString: 'no equivalent (it was deprecated in 2.6); use a `list` of characters or `io.StringIO`' },
    defaultPy3: 'collections',
  },
  {
    kind: 'split',
    rule: 'removed-stdlib-module',
    py2: 'commands',
    message: 'Python 3 removed `commands`; `getoutput` and `getstatusoutput` are in `subprocess`',
    members: {
      getoutput: member('subprocess', 'getoutput', 'six.moves', 'unsafe', 'Python 3 `subprocess.getoutput` decodes the output with the locale encoding.'),
      getstatusoutput: member('subprocess', 'getstatusoutput', undefined, 'unsafe', 'Python 3 `subprocess.getstatusoutput` returns the exit code (1) where Python 2 returned the wait status (256).'),
    },
    unmapped: {
      getstatus: 'use `os.stat` (it ran `ls -ld`)',
      mkarg: 'use `shlex.quote` (Python 3) or `pipes.quote`',
      mk2arg: 'no equivalent',
    },
    defaultPy3: 'subprocess',
  },
  {
    kind: 'split',
    rule: 'stringio-choice',
    py2: 'StringIO',
    message: '`StringIO` does not exist in Python 3; use `io.StringIO` for text or `io.BytesIO` for bytes',
    members: {
      StringIO: member('io', 'StringIO', 'six', 'unsafe', 'Python 2 `StringIO.StringIO` holds byte strings and unicode alike; Python 3 `io.StringIO` accepts only text (use `io.BytesIO` for bytes).'),
    },
    unmapped: {},
    defaultPy3: 'io',
  },
  {
    kind: 'split',
    rule: 'stringio-choice',
    py2: 'cStringIO',
    message: '`cStringIO` does not exist in Python 3; use `io.StringIO` for text or `io.BytesIO` for bytes',
    members: {
      StringIO: member('io', 'StringIO', 'six.moves', 'unsafe', 'Python 2 `cStringIO.StringIO` holds byte strings; Python 3 `io.StringIO` accepts only text (use `io.BytesIO` for bytes).', 'StringIO', 'cStringIO'),
    },
    unmapped: {
      InputType: 'no equivalent; test for `io.StringIO` / `io.BytesIO`',
      OutputType: 'no equivalent; test for `io.StringIO` / `io.BytesIO`',
    },
    defaultPy3: 'io',
  },
];

// pylint `bad-python3-import` entries with no Python 3 counterpart (§2d), with the usual replacement.
const REMOVED_ADVICE: Readonly<Record<string, string>> = {
  Bastion: 'no replacement (restricted execution is unsupported)',
  Canvas: 'use `tkinter.Canvas`',
  FixTk: 'no replacement (tkinter finds Tcl/Tk itself)',
  MimeWriter: 'use the `email` package',
  audiodev: 'no replacement in the standard library',
  bsddb185: 'use `dbm` or a third-party package',
  bsddb3: 'use `dbm` or the third-party `bsddb3` package',
  cfmfile: 'no replacement',
  cl: 'no replacement',
  compiler: 'use `ast`',
  dircache: 'use `os.listdir`',
  dl: 'use `ctypes`',
  exceptions: 'the exceptions are builtins (`builtins`)',
  fpformat: 'use `format()`',
  htmllib: 'use `html.parser`',
  ihooks: 'use `importlib`',
  imageop: 'no replacement in the standard library',
  imputil: 'use `importlib`',
  linuxaudiodev: 'use `ossaudiodev`',
  md5: 'use `hashlib.md5`',
  mhlib: 'use `mailbox`',
  mimetools: 'use the `email` package',
  mimify: 'use the `email` package',
  multifile: 'use the `email` package',
  mutex: 'use `threading.Lock`',
  new: 'use `types`',
  popen2: 'use `subprocess`',
  posixfile: 'use `fcntl.lockf`',
  pure: 'no replacement',
  rexec: 'no replacement (restricted execution is unsupported)',
  rfc822: 'use `email` (`email.utils`, `email.message_from_string`)',
  sets: 'use the builtin `set` and `frozenset`',
  sgmllib: 'use `html.parser`',
  sha: 'use `hashlib.sha1`',
  sre: 'use `re`',
  stringold: 'use `str` methods',
  sunaudio: 'no replacement',
  sv: 'no replacement',
  'test.testall': 'use `python -m test`',
  timing: 'use `time.perf_counter`',
  toaiff: 'no replacement',
  user: 'no replacement (read your own configuration file)',
};

const REMOVED: readonly RemovedModule[] = Object.entries(REMOVED_ADVICE).map(([py2, advice]) => ({ kind: 'removed', rule: 'removed-stdlib-module', py2, advice }));

/** Every Python 2 module the import rules know, by its Python 2 dotted name. */
export const MODULE_MOVES: ReadonlyMap<string, ModuleMove> = new Map<string, ModuleMove>(
  [...RENAMED, ...SPLIT, ...REMOVED].map((m) => [m.py2, m]),
);

/**
 * Packages that exist in both versions but whose Python 2 attributes name moved modules: `email.MIMEText` (a lazy alias
 * in Python 2), `test.test_support`. A plain `import email` is checked for such attribute uses.
 */
export const PARENT_PACKAGES: ReadonlyMap<string, readonly string[]> = (() => {
  const parents = new Map<string, string[]>();
  for (const m of RENAMED) {
    const dot = m.py2.lastIndexOf('.');
    if (dot < 0) continue;
    const parent = m.py2.slice(0, dot);
    if (!parents.has(parent)) parents.set(parent, []);
    parents.get(parent)!.push(m.py2.slice(dot + 1));
  }
  return parents;
})();
