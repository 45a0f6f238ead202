#!/usr/bin/env python3
"""Build server/src/engine/rules/removedAttributes.data.ts: the public attributes of standard-library
modules that Python 2.7 has and Python 3 lacks, found by comparing dir(module) under both interpreters.

Usage: python3 scripts/gen-removed-attributes.py [PY2] [PY3] > server/src/engine/rules/removedAttributes.data.ts
(defaults: ~/.pyenv/versions/2.7.18/bin/python and ~/.pyenv/versions/3.11.7/bin/python3).

Noise filtered out: private names (leading underscore); names that are modules (`os.sys`, `string.re`);
functions and classes defined in another module (import leftovers such as `inspect.attrgetter`) unless
the module lists them in `__all__`; names outside a module's `__all__` when it has one; modules that
Python 3 removed or renamed whole (the C rules cover those); platform-specific and test modules.
"""
import json
import os
import subprocess
import sys

PY2 = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser('~/.pyenv/versions/2.7.18/bin/python')
PY3 = sys.argv[2] if len(sys.argv) > 2 else os.path.expanduser('~/.pyenv/versions/3.11.7/bin/python3')

# Runs under both interpreters (2/3-compatible source): prints {module: [public names]} as JSON.
PROBE = r'''
import sys, json, types, warnings, pkgutil, os
warnings.simplefilter('ignore')
names = sys.argv[1:]
out = {}
for name in names:
    try:
        __import__(name)
        mod = sys.modules[name]
    except BaseException:
        continue
    allnames = getattr(mod, '__all__', None)
    entry = {}
    for attr in dir(mod):
        if attr.startswith('_'):
            continue
        try:
            value = getattr(mod, attr)
        except BaseException:
            continue
        kind = 'module' if isinstance(value, types.ModuleType) else 'other'
        owner = getattr(value, '__module__', None) if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)) else None
        if isinstance(owner, str) and owner != name and owner.lstrip('_') != name and not owner.startswith(name + '.'):
            kind = 'foreign'
        if allnames is not None and attr in allnames:
            kind = 'all'
        entry[attr] = [kind, allnames is not None]
    out[name] = entry
sys.stdout.write(json.dumps(out))
'''

def stdlib_modules(python):
    code = ("import sys, pkgutil, os, sysconfig\n"
            "lib = sysconfig.get_paths()['stdlib']\n"
            "names = set(sys.builtin_module_names)\n"
            "for m in pkgutil.iter_modules([lib, os.path.join(lib, 'lib-dynload')]): names.add(m[1])\n"
            "sys.stdout.write('\\n'.join(sorted(names)))\n")
    return set(subprocess.check_output([python, '-c', code]).decode().split())

SKIP_MODULES = {'this', 'antigravity', 'idlelib', 'lib2to3', 'test', 'tkinter', 'turtle', 'pydoc_data', 'ensurepip',
                'distutils', 'msilib', 'sre', 'encodings', 'ctypes', 'sqlite3', 'unittest', 'multiprocessing', 'curses',
                'xml', 'email', 'json', 'logging', 'bsddb', 'hotshot', 'site', 'sitecustomize', 'usercustomize',
                'pydoc', 'doctest', 'lib-tk', 'plat-linux2', 'sre_compile', 'sre_parse', 'sre_constants', 'opcode', 'dis',
                'symbol', 'token', 'tokenize', 'parser', 'symtable', 'imp', 'pip', 'setuptools', 'tabnanny', 'trace'}

# Replacement hints for Python 3 (shown in the finding message). Absent: no direct replacement known.
HINTS = {
    'string.letters': 'string.ascii_letters', 'string.lowercase': 'string.ascii_lowercase', 'string.uppercase': 'string.ascii_uppercase',
    'fractions.gcd': 'math.gcd', 'os.getcwdu': 'os.getcwd', 'sys.maxint': 'sys.maxsize',
    'itertools.imap': 'map', 'itertools.ifilter': 'filter', 'itertools.izip': 'zip', 'itertools.izip_longest': 'itertools.zip_longest',
    'itertools.ifilterfalse': 'itertools.filterfalse',
    'inspect.getargspec': 'inspect.getfullargspec (or inspect.signature)', 'inspect.getmoduleinfo': 'inspect.getmodulename',
    'platform.linux_distribution': 'the `distro` package (or platform.freedesktop_os_release() on 3.10+)',
    'platform.dist': 'the `distro` package (or platform.freedesktop_os_release() on 3.10+)',
    'platform.popen': 'os.popen or subprocess',
    'cgi.escape': 'html.escape (note: it also escapes quotes by default)', 'cgi.parse_qs': 'urllib.parse.parse_qs', 'cgi.parse_qsl': 'urllib.parse.parse_qsl',
    'base64.encodestring': 'base64.encodebytes', 'base64.decodestring': 'base64.decodebytes',
    'time.clock': 'time.perf_counter or time.process_time', 'time.accept2dyear': 'nothing (two-digit years are no longer accepted)',
    'contextlib.nested': 'a `with a, b:` statement or contextlib.ExitStack',
    'gettext.lgettext': 'gettext.gettext', 'gettext.ldgettext': 'gettext.dgettext', 'gettext.lngettext': 'gettext.ngettext',
    'gettext.ldngettext': 'gettext.dngettext', 'gettext.bind_textdomain_codeset': 'nothing (Python 3 translations are text)',
    'os.getcwdu': 'os.getcwd', 'os.popen2': 'subprocess.Popen', 'os.popen3': 'subprocess.Popen', 'os.popen4': 'subprocess.Popen',
    'os.tmpnam': 'tempfile.mkstemp', 'os.tempnam': 'tempfile.mkstemp', 'os.tmpfile': 'tempfile.TemporaryFile',
    'os.errno': 'import errno', 'os.path.walk': 'os.walk',
    'sys.exc_clear': 'nothing (Python 3 clears the exception when the except block ends)', 'sys.exitfunc': 'atexit.register',
    'sys.setcheckinterval': 'sys.setswitchinterval', 'sys.getcheckinterval': 'sys.getswitchinterval',
    'sys.subversion': 'sys.implementation', 'sys.py3kwarning': 'nothing',
    'sys.setdefaultencoding': 'nothing (Python 3 strings are text; remove the reload(sys) hack)',
    'operator.isCallable': 'callable', 'operator.sequenceIncludes': 'operator.contains', 'operator.repeat': 'operator.mul',
    'operator.irepeat': 'operator.imul', 'operator.div': 'operator.truediv or operator.floordiv', 'operator.idiv': 'operator.itruediv or operator.ifloordiv',
    'operator.isMappingType': 'isinstance(o, collections.abc.Mapping)', 'operator.isSequenceType': 'isinstance(o, collections.abc.Sequence)',
    'operator.isNumberType': 'isinstance(o, numbers.Number)', 'operator.delslice': 'operator.delitem with a slice',
    'operator.getslice': 'operator.getitem with a slice', 'operator.setslice': 'operator.setitem with a slice',
    'operator.__div__': 'operator.__truediv__',
    'string.maketrans': 'str.maketrans / bytes.maketrans', 'string.atoi': 'int', 'string.atol': 'int', 'string.atof': 'float',
    'string.join': 'sep.join(words)', 'string.joinfields': 'sep.join(words)', 'string.splitfields': 'str.split',
    'array.ArrayType': 'array.array', 'math.gcd': 'math.gcd',
    'htmlentitydefs.name2codepoint': 'html.entities.name2codepoint',
    'urllib.quote': 'urllib.parse.quote', 'urllib.urlencode': 'urllib.parse.urlencode',
    'tempfile.template': 'nothing', 'random.jumpahead': 'random.seed',
    'thread.get_ident': 'threading.get_ident',
    'decimal.Decimal.from_float': 'Decimal(f)',
    'unittest.TestCase.assertItemsEqual': 'assertCountEqual',
    'locale.format': 'locale.format_string', 'imaplib.IMAP4_stream': 'imaplib.IMAP4_stream',
    'mimetypes.read_mime_types': 'mimetypes.read_mime_types',
    'socket.SocketType': 'socket.socket', 'ssl.PROTOCOL_SSLv3': 'ssl.PROTOCOL_TLS_CLIENT',
    'ssl.sslwrap_simple': 'ssl.SSLContext.wrap_socket', 'ssl.wrap_socket': 'ssl.SSLContext.wrap_socket',
    'ssl.match_hostname': 'ssl.SSLContext.check_hostname',
    'xmlrpclib.Binary': 'xmlrpc.client.Binary', 'codecs.StreamReaderWriter': 'codecs.StreamReaderWriter',
    'plistlib.readPlist': 'plistlib.load', 'plistlib.writePlist': 'plistlib.dump', 'plistlib.readPlistFromString': 'plistlib.loads',
    'plistlib.writePlistToString': 'plistlib.dumps', 'plistlib.Data': 'bytes',
    'types.StringType': 'bytes (str on Python 3 for text)', 'types.UnicodeType': 'str', 'types.IntType': 'int', 'types.LongType': 'int',
    'types.NoneType': 'type(None)', 'types.DictType': 'dict', 'types.ListType': 'list', 'types.TupleType': 'tuple',
    'types.FloatType': 'float', 'types.BooleanType': 'bool', 'types.ComplexType': 'complex', 'types.ObjectType': 'object',
    'types.TypeType': 'type', 'types.ClassType': 'type', 'types.SliceType': 'slice', 'types.EllipsisType': 'type(Ellipsis)',
    'types.XRangeType': 'range', 'types.BufferType': 'memoryview', 'types.FileType': 'io.IOBase',
    'types.StringTypes': '(str,)', 'types.DictionaryType': 'dict', 'types.InstanceType': 'nothing (old-style classes are gone)',
    'types.UnboundMethodType': 'types.FunctionType', 'types.DictProxyType': 'types.MappingProxyType', 'types.NotImplementedType': 'type(NotImplemented)',
    'zipfile.BadZipfile': 'zipfile.BadZipFile', 'tarfile.TarFile.taropen': 'tarfile.TarFile.taropen',
    'commands.getoutput': 'subprocess.getoutput',
    'xml.etree.ElementTree.Element.getchildren': 'list(element)',
    'difflib.SequenceMatcher.has_key': 'in',
    'calendar.January': 'calendar.JANUARY',
    'md5.new': 'hashlib.md5', 'sets.Set': 'set',
    'dis.HAVE_ARGUMENT': 'opcode.HAVE_ARGUMENT',
    'threading.activeCount': 'threading.active_count', 'threading.currentThread': 'threading.current_thread',
    'threading._sleep': 'time.sleep',
    'unicodedata.ucnhash_CAPI': 'unicodedata.ucnhash_CAPI',
    'posixpath.walk': 'os.walk', 'ntpath.walk': 'os.walk', 'macpath.walk': 'os.walk',
    'urlparse.urljoin': 'urllib.parse.urljoin', 'httplib.HTTPConnection': 'http.client.HTTPConnection',
    'gettext.Catalog': 'gettext.translation',
    'string.capitalize': 's.capitalize()', 'string.expandtabs': 's.expandtabs()', 'string.find': 's.find()', 'string.rfind': 's.rfind()',
    'string.index': 's.index()', 'string.rindex': 's.rindex()', 'string.count': 's.count()', 'string.lower': 's.lower()',
    'string.upper': 's.upper()', 'string.swapcase': 's.swapcase()', 'string.split': 's.split()', 'string.rsplit': 's.rsplit()',
    'string.strip': 's.strip()', 'string.lstrip': 's.lstrip()', 'string.rstrip': 's.rstrip()', 'string.replace': 's.replace()',
    'string.translate': 's.translate()', 'string.zfill': 's.zfill()', 'string.ljust': 's.ljust()', 'string.rjust': 's.rjust()',
    'string.center': 's.center()', 'string.atoi_error': 'ValueError', 'string.atol_error': 'ValueError',
    'string.atof_error': 'ValueError', 'string.index_error': 'ValueError',
    'new.instancemethod': 'types.MethodType',
    'pickle.Pickler.dispatch': 'copyreg.dispatch_table',
    'weakref.ReferenceError': 'ReferenceError',
    'exceptions.StandardError': 'Exception',
    'mimetools.Message': 'email.message.Message',
    'binascii.b2a_hqx': 'nothing (removed in Python 3.11)', 'binascii.a2b_hqx': 'nothing (removed in Python 3.11)',
    'binascii.rlecode_hqx': 'nothing (removed in Python 3.11)', 'binascii.rledecode_hqx': 'nothing (removed in Python 3.11)',
    'inspect.formatargspec': 'str(inspect.signature(f))', 'inspect.getcallargs': 'inspect.signature(f).bind(*args, **kwargs)',
    'random.WichmannHill': 'random.Random', 'heapq.heappushpop': 'heapq.heappushpop',
    'codecs.charbuffertype': 'bytes',
    'socket.ssl': 'ssl.SSLContext.wrap_socket',
    'string.Template': 'string.Template',
    'fpformat.fix': 'format()',
    'locale.getdefaultlocale': 'locale.getlocale',
    'os.spawnlp': 'subprocess',
    'asyncore.loop': 'asyncio',
    'tokenize.generate_tokens': 'tokenize.generate_tokens',
    'glob.glob1': 'glob.glob(os.path.join(dir, pattern))',
    'ftplib.Netrc': 'netrc.netrc',
    'urllib2.urlopen': 'urllib.request.urlopen',
    'poplib.POP3_SSL': 'poplib.POP3_SSL',
    'shutil.WindowsError': 'OSError',
    'socket.error': 'OSError',
    'gettext.ugettext': 'gettext.gettext', 'gettext.ungettext': 'gettext.ngettext',
    'abc.abstractproperty': 'property with abc.abstractmethod',
    'sys.long_info': 'sys.int_info', 'sys.callstats': 'nothing', 'hashlib.algorithms': 'hashlib.algorithms_guaranteed',
    'aifc.openfp': 'aifc.open', 'sunau.openfp': 'sunau.open', 'wave.openfp': 'wave.open', 'asynchat.fifo': 'collections.deque',
    'posix.fdopen': 'os.fdopen', 'posix.popen': 'os.popen', 'posix.getcwdu': 'os.getcwd', 'ntpath.splitunc': 'ntpath.splitdrive',
    'mailbox.UnixMailbox': 'mailbox.mbox', 'mailbox.PortableUnixMailbox': 'mailbox.mbox', 'mailbox.MmdfMailbox': 'mailbox.MMDF',
    'mailbox.MHMailbox': 'mailbox.MH', 'mailbox.BabylMailbox': 'mailbox.Babyl', 'os.stat_float_times': 'nothing (times are always floats)',
    'ast.TryExcept': 'ast.Try', 'ast.TryFinally': 'ast.Try', 'ast.Print': 'ast.Call of print', 'ast.Exec': 'ast.Call of exec', 'ast.Repr': 'ast.Call of repr',
    'platform.DEV_NULL': 'os.devnull', 'inspect.ArgSpec': 'inspect.FullArgSpec', 'gc.DEBUG_INSTANCES': 'nothing', 'gc.DEBUG_OBJECTS': 'nothing',
    'cgi.FormContentDict': 'cgi.FieldStorage', 'cgi.SvFormContentDict': 'cgi.FieldStorage', 'cgi.InterpFormContentDict': 'cgi.FieldStorage',
    'cgi.FormContent': 'cgi.FieldStorage', 'traceback.tb_lineno': 'tb.tb_lineno', 'pwd.struct_pwent': 'pwd.struct_passwd',
    'nntplib.error_data': 'nntplib.NNTPDataError', 'nntplib.error_perm': 'nntplib.NNTPPermanentError', 'nntplib.error_proto': 'nntplib.NNTPProtocolError',
    'nntplib.error_reply': 'nntplib.NNTPReplyError', 'nntplib.error_temp': 'nntplib.NNTPTemporaryError',
}


# Import leftovers that dir() shows but no program uses as module API (loop variables, names imported for
# internal use); and modules another rule owns whole (urllib members: urllib-reorganisation).
NOISE = {'hmac.x', 'uuid.lib', 'uuid.libname', 'ssl.AF_INET', 'asyncore.EINTR', 'asynchat.py3kwarning',
         'modulefinder.EXTENDED_ARG', 'modulefinder.HAVE_ARGUMENT', 'modulefinder.IMPORT_NAME', 'modulefinder.LOAD_CONST',
         'modulefinder.STORE_GLOBAL', 'modulefinder.STORE_NAME', 'modulefinder.STORE_OPS', 'modulefinder.READ_MODE',
         'modulefinder.generators',
         # Platform-specific, not removed: Python 3 has os.lchmod on macOS and the BSDs (the Linux build leaves it out).
         'os.lchmod', 'posix.lchmod'}
OWNED_MODULES = {'urllib'}
# Attributes the probe cannot see (set only while an exception is being handled).
EXTRA = {'sys': ['exc_value', 'exc_traceback']}


def probe(python, modules):
    raw = subprocess.check_output([python, '-c', PROBE] + sorted(modules), stderr=subprocess.DEVNULL)
    return json.loads(raw.decode())


def main():
    common = (stdlib_modules(PY2) & stdlib_modules(PY3)) - SKIP_MODULES - OWNED_MODULES
    common = {m for m in common if not m.startswith('_') and not m.startswith('test')}
    # Packages whose public submodules were common too: os.path is what matters.
    common |= {'os.path'}
    two = probe(PY2, common)
    three = probe(PY3, common)
    table = {}
    for module in sorted(two):
        if module not in three:
            continue
        removed = []
        for attr, (kind, has_all) in sorted(two[module].items()):
            if attr in three[module]:
                continue
            key = module + '.' + attr
            if key in NOISE:
                continue
            if key not in HINTS:
                if kind in ('module', 'foreign'):
                    continue
                if has_all and kind != 'all':
                    continue
            removed.append(attr)
        removed = sorted(set(removed + [a for a in EXTRA.get(module, []) if a not in three[module]]))
        if removed:
            table[module] = removed
    # sys attributes that only exist on some builds or in interactive sessions are noise.
    for noise in ('ps1', 'ps2', 'last_type', 'last_value', 'last_traceback', 'tracebacklimit', 'exitfunc_', 'maxunicode'):
        if noise in table.get('sys', []):
            table['sys'].remove(noise)
    out = sys.stdout
    out.write('// Generated by scripts/gen-removed-attributes.py from dir(module) under Python 2.7.18 and 3.11.7: the public\n')
    out.write('// attributes of standard-library modules (present in both) that Python 2.7 has and Python 3 lacks.\n')
    out.write('// Do not edit by hand; change the script (its HINTS table holds the replacements) and run it again.\n\n')
    out.write('/** module -> attribute -> replacement hint ("" when none is known). */\n')
    out.write('export const REMOVED_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {\n')
    for module, attrs in table.items():
        out.write('  %s: {\n' % json.dumps(module))
        for attr in attrs:
            out.write('    %s: %s,\n' % (json.dumps(attr), json.dumps(HINTS.get(module + '.' + attr, ''))))
        out.write('  },\n')
    out.write('};\n')


if __name__ == '__main__':
    main()
