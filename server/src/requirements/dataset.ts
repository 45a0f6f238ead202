// What py3migrate knows about third-party packages and Python 3, bundled with the tool (no network
// at run time). Every entry names the public page its claim comes from (with the claim in our own
// words, not a quotation), so a reviewer can check it and a team can argue with it. Only packages a Python 2 codebase of the 2010s commonly pinned are
// here; a package that is not listed is simply not judged.

export type PackageVerdict =
  /** No release ever ran on Python 3: replace it. */
  | { kind: 'never-python3'; replacement: string }
  /** Python 3 support arrived in `firstPython3`; older pins must move up. */
  | { kind: 'python3-since'; firstPython3: string }
  /** Ran on Python 3 once, but is dead and breaks on current Python 3 or is insecure: replace it. */
  | { kind: 'unmaintained'; replacement: string }
  /** A backport of something Python 3's standard library has; on Python 3 it is useless or harmful. */
  | { kind: 'backport'; stdlib: string; since: string; harmful?: string };

export interface PackageEntry {
  /** The name as the project spells it on PyPI. */
  name: string;
  verdict: PackageVerdict;
  /** One sentence for the message: what to do, and anything that makes it more than a rename. */
  note: string;
  /** Where the claim comes from. */
  source: string;
}

export const PACKAGES: readonly PackageEntry[] = [
  // Never ran on Python 3.
  {
    name: 'MySQL-python',
    verdict: { kind: 'never-python3', replacement: 'mysqlclient' },
    note: 'mysqlclient is a fork of MySQL-python with Python 3 support and the same `MySQLdb` module name.',
    source: 'https://pypi.org/project/mysqlclient/ (a fork of MySQLdb1 that adds Python 3 support)',
  },
  {
    name: 'PIL',
    verdict: { kind: 'never-python3', replacement: 'Pillow' },
    note: 'Pillow is the maintained fork of PIL; `from PIL import Image` keeps working.',
    source: 'https://pillow.readthedocs.io/en/stable/about.html (Pillow is the friendly PIL fork)',
  },
  {
    name: 'BeautifulSoup',
    verdict: { kind: 'never-python3', replacement: 'beautifulsoup4' },
    note: 'Beautiful Soup 3 is Python 2 only; beautifulsoup4 imports as `bs4` and renames some methods (findAll -> find_all).',
    source: 'https://www.crummy.com/software/BeautifulSoup/bs3/documentation.html (Beautiful Soup 3 works only on Python 2)',
  },
  {
    name: 'suds',
    verdict: { kind: 'never-python3', replacement: 'suds-community' },
    note: 'suds-community continues the original suds with Python 3 support and the same `suds` module.',
    source: 'https://github.com/suds-community/suds (README: fork of the unmaintained suds with Python 3 support)',
  },
  {
    name: 'python-openid',
    verdict: { kind: 'never-python3', replacement: 'python3-openid' },
    note: 'python3-openid is the Python 3 port of python-openid, with the same `openid` package.',
    source: 'https://pypi.org/project/python3-openid/ (Python 3 port of the python-openid library)',
  },
  {
    name: 'pysqlite',
    verdict: { kind: 'never-python3', replacement: 'the standard library `sqlite3` module' },
    note: 'pysqlite became the standard library\'s `sqlite3`; import that instead (`from pysqlite2 import dbapi2` -> `import sqlite3`).',
    source: 'https://pypi.org/project/pysqlite/ (Python 2 only; pysqlite ... was included in Python as the sqlite3 module)',
  },
  {
    name: 'pyPdf',
    verdict: { kind: 'never-python3', replacement: 'pypdf' },
    note: 'pyPdf was continued as PyPDF2 and then pypdf, which run on Python 3; the API was renamed in places.',
    source: 'https://pypi.org/project/pypdf/ (history: pyPdf -> PyPDF2 -> pypdf)',
  },
  {
    name: 'distribute',
    verdict: { kind: 'never-python3', replacement: 'setuptools' },
    note: 'distribute was merged back into setuptools in 2013; depend on setuptools.',
    source: 'https://pypi.org/project/distribute/ (Distribute is a deprecated fork of the Setuptools project)',
  },

  // Dead or insecure, with a maintained successor.
  {
    name: 'pycrypto',
    verdict: { kind: 'unmaintained', replacement: 'pycryptodome' },
    note: 'PyCrypto is unmaintained and has an unfixed heap overflow (CVE-2013-7459); pycryptodome keeps the `Crypto` package name.',
    source: 'https://github.com/pycrypto/pycrypto/issues/238 (PyCrypto is dead) and https://nvd.nist.gov/vuln/detail/CVE-2013-7459',
  },
  {
    name: 'nose',
    verdict: { kind: 'unmaintained', replacement: 'pytest' },
    note: 'nose is unmaintained and fails to import on Python 3.10+ (it uses `collections.Callable`); pytest runs nose-style tests.',
    source: 'https://nose.readthedocs.io/en/latest/ (Nose has been in maintenance mode for the past several years)',
  },

  // Python 3 support from a known release.
  {
    name: 'Django',
    verdict: { kind: 'python3-since', firstPython3: '1.5' },
    note: 'Django 1.5 added Python 3 support (experimental; 1.6 made it official); 1.11 LTS is the last release for Python 2.7.',
    source: 'https://docs.djangoproject.com/en/stable/releases/1.5/ (Python 3 support)',
  },
  {
    name: 'numpy',
    verdict: { kind: 'python3-since', firstPython3: '1.5.0' },
    note: 'NumPy 1.5.0 was the first release compatible with Python 3.',
    source: 'https://numpy.org/doc/stable/release/1.5.0-notes.html (the first NumPy release which is compatible with Python 3)',
  },
  {
    name: 'scipy',
    verdict: { kind: 'python3-since', firstPython3: '0.9.0' },
    note: 'SciPy 0.9.0 was the first release to support Python 3.',
    source: 'https://docs.scipy.org/doc/scipy/release/0.9.0-notes.html (the first SciPy release to support Python 3)',
  },
  {
    name: 'matplotlib',
    verdict: { kind: 'python3-since', firstPython3: '1.2.0' },
    note: 'matplotlib 1.2.0 added Python 3 support.',
    source: 'https://matplotlib.org/stable/users/prev_whats_new/whats_new_1.2.html (Python 3.x support)',
  },
  {
    name: 'SQLAlchemy',
    verdict: { kind: 'python3-since', firstPython3: '0.6.0' },
    note: 'SQLAlchemy 0.6 added Python 3 support.',
    source: 'https://docs.sqlalchemy.org/en/14/changelog/migration_06.html (Python 3 Support)',
  },
  {
    name: 'Flask',
    verdict: { kind: 'python3-since', firstPython3: '0.10' },
    note: 'Flask 0.10 added Python 3.3 support.',
    source: 'https://flask.palletsprojects.com/en/stable/changes/#version-0-10 (Added support for Python 3.3)',
  },
  {
    name: 'Werkzeug',
    verdict: { kind: 'python3-since', firstPython3: '0.9' },
    note: 'Werkzeug 0.9 added Python 3 support.',
    source: 'https://werkzeug.palletsprojects.com/en/stable/changes/#version-0-9 (Added support for Python 3)',
  },
  {
    name: 'Pillow',
    verdict: { kind: 'python3-since', firstPython3: '2.0.0' },
    note: 'Pillow 2.0.0 added Python 3 support.',
    source: 'https://pillow.readthedocs.io/en/stable/releasenotes/ and CHANGES.rst, 2.0.0 (Add Python 3 support)',
  },
  {
    name: 'paramiko',
    verdict: { kind: 'python3-since', firstPython3: '1.13.0' },
    note: 'paramiko 1.13.0 added Python 3 support.',
    source: 'https://www.paramiko.org/changelog.html (1.13.0: Python 3 support!)',
  },
  {
    name: 'gevent',
    verdict: { kind: 'python3-since', firstPython3: '1.1.0' },
    note: 'gevent 1.1 added Python 3 support.',
    source: 'https://www.gevent.org/changelog.html (1.1.0: Add support for Python 3.3 and 3.4)',
  },
  {
    name: 'Fabric',
    verdict: { kind: 'python3-since', firstPython3: '2.0.0' },
    note: 'Fabric 1.x is Python 2 only; Fabric 2 runs on Python 3 but is a rewrite with a new API (fabfiles must be ported).',
    source: 'https://www.fabfile.org/upgrading.html (Fabric 2: Python 3 compatibility)',
  },
  {
    name: 'python-ldap',
    verdict: { kind: 'python3-since', firstPython3: '3.0.0' },
    note: 'python-ldap 3.0 added Python 3 support (merged from the pyldap fork); text/bytes handling changed (bytes_mode).',
    source: 'https://www.python-ldap.org/en/python-ldap-3.4.0/bytes_mode.html (python-ldap 3.x ... supports Python 3)',
  },
  {
    name: 'Scrapy',
    verdict: { kind: 'python3-since', firstPython3: '1.1.0' },
    note: 'Scrapy 1.1 added Python 3 support.',
    source: 'https://docs.scrapy.org/en/latest/news.html#scrapy-1-1-0-2016-05-11 (Python 3 Support)',
  },

  // Backports that Python 3 does not need.
  {
    name: 'futures',
    verdict: { kind: 'backport', stdlib: 'concurrent.futures', since: '3.2', harmful: 'its recent releases refuse to install on Python 3' },
    note: 'Keep it for Python 2 only with an environment marker.',
    source: 'https://pypi.org/project/futures/ (a backport of the concurrent.futures standard library module to Python 2)',
  },
  {
    name: 'enum34',
    verdict: { kind: 'backport', stdlib: 'enum', since: '3.4', harmful: 'installed on Python 3.6+ it shadows the standard `enum` and breaks `re` and pip' },
    note: 'Keep it for Python < 3.4 only with an environment marker.',
    source: 'https://pypi.org/project/enum34/ (backport of Python 3.4\'s enum package)',
  },
  {
    name: 'subprocess32',
    verdict: { kind: 'backport', stdlib: 'subprocess', since: '3.2' },
    note: 'Keep it for Python 2 only with an environment marker.',
    source: 'https://pypi.org/project/subprocess32/ (A backport of the subprocess module from Python 3 for use on 2.x)',
  },
  {
    name: 'functools32',
    verdict: { kind: 'backport', stdlib: 'functools', since: '3.2', harmful: 'it does not install on Python 3' },
    note: 'Keep it for Python 2 only with an environment marker.',
    source: 'https://pypi.org/project/functools32/ (Backport of the functools module from Python 3.2.3 for use on 2.7)',
  },
  {
    name: 'unittest2',
    verdict: { kind: 'backport', stdlib: 'unittest', since: '3.2' },
    note: 'Import `unittest` on Python 3; keep unittest2 for Python 2 only.',
    source: 'https://pypi.org/project/unittest2/ (a backport of the new features added to the unittest testing framework)',
  },
  {
    name: 'ordereddict',
    verdict: { kind: 'backport', stdlib: 'collections.OrderedDict', since: '2.7' },
    note: 'collections.OrderedDict exists in 2.7 and 3; drop the package.',
    source: 'https://pypi.org/project/ordereddict/ (drop-in substitute for Py2.7\'s new collections.OrderedDict)',
  },
  {
    name: 'argparse',
    verdict: { kind: 'backport', stdlib: 'argparse', since: '3.2' },
    note: 'argparse is in the standard library of 2.7 and 3.2+; drop the package.',
    source: 'https://pypi.org/project/argparse/ (argparse is part of the Python standard library since 2.7 and 3.2)',
  },
  {
    name: 'pathlib',
    verdict: { kind: 'backport', stdlib: 'pathlib', since: '3.4', harmful: 'the PyPI package is an old, unmaintained copy that shadows the standard module' },
    note: 'Use the standard `pathlib` on Python 3 (pathlib2 for Python 2 if needed).',
    source: 'https://pypi.org/project/pathlib/ (this module is included in the Python standard library since 3.4 ... no longer maintained)',
  },
  {
    name: 'ipaddress',
    verdict: { kind: 'backport', stdlib: 'ipaddress', since: '3.3' },
    note: 'Keep it for Python 2 only with an environment marker.',
    source: 'https://pypi.org/project/ipaddress/ (Port of the 3.3+ ipaddress module to 2.6, 2.7, 3.2)',
  },
  {
    name: 'typing',
    verdict: { kind: 'backport', stdlib: 'typing', since: '3.5', harmful: 'on Python 3.7+ the PyPI copy shadows the standard module and can break tools' },
    note: 'Keep it for Python < 3.5 only with an environment marker.',
    source: 'https://pypi.org/project/typing/ (backport of the standard library typing module to Python versions older than 3.5)',
  },
  {
    name: 'backports.functools_lru_cache',
    verdict: { kind: 'backport', stdlib: 'functools.lru_cache', since: '3.2' },
    note: 'Keep it for Python 2 only with an environment marker.',
    source: 'https://pypi.org/project/backports.functools-lru-cache/ (Backport of functools.lru_cache from Python 3.3)',
  },
  {
    name: 'singledispatch',
    verdict: { kind: 'backport', stdlib: 'functools.singledispatch', since: '3.4' },
    note: 'Keep it for Python < 3.4 only with an environment marker.',
    source: 'https://pypi.org/project/singledispatch/ (backport of functools.singledispatch from Python 3.4)',
  },
  {
    name: 'monotonic',
    verdict: { kind: 'backport', stdlib: 'time.monotonic', since: '3.3' },
    note: 'Use `time.monotonic()` on Python 3; keep the package for Python 2 only.',
    source: 'https://pypi.org/project/monotonic/ (implementation of time.monotonic() for Python 2 & Python 3.0 - 3.2)',
  },
];

/** PEP 503 normalisation: `MySQL_python`, `mysql-python` and `MySQL.Python` are one project. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const BY_NAME = new Map(PACKAGES.map((p) => [normalizeName(p.name), p]));

export function lookupPackage(name: string): PackageEntry | undefined {
  return BY_NAME.get(normalizeName(name));
}
