import type { Rule } from '../types';
import { checkModuleImport, checkModuleUse, importedModuleNodes, moduleUseIdentifiers } from './moduleImports';
import { checkRequestMethod, REQUEST_METHOD_NAMES } from './urllibRequestMethods';

export const urllibReorganisation: Rule = {
  id: 'urllib-reorganisation',
  category: 'imports',
  severity: 'error',
  summary: '`urllib`, `urllib2` and `urlparse` were reorganised into the `urllib` package in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `import urllib2`, `import urlparse`, `import robotparser`, and `import urllib` when Python 2 members such as `urllib.quote` are used, and the `urllib2.Request` methods Python 3.4 removed (`req.get_host()`...). The fix converts member by member (lib2to3 `fix_urllib`): `urllib2.urlopen` -> `urllib.request.urlopen`, `urllib2.HTTPError` -> `urllib.error.HTTPError`, `urllib.quote` -> `urllib.parse.quote`, and imports the modules used.',
    whyItBreaks: 'Python 3 split these modules into `urllib.request`, `urllib.parse`, `urllib.error`, `urllib.response` and `urllib.robotparser`: `urllib2` and `urlparse` raise ImportError, and `urllib.quote` raises AttributeError.',
    example: 'import urllib2\ntry:\n    page = urllib2.urlopen(url)\nexcept urllib2.HTTPError:\n    page = None\nfrom urllib import quote',
    useInstead: 'py3: `import urllib.error, urllib.request`, `urllib.request.urlopen(url)`, `except urllib.error.HTTPError`, `from urllib.parse import quote`\ncompat: `import six`, `six.moves.urllib.request.urlopen(url)`, `except six.moves.urllib.error.HTTPError`, `from six.moves.urllib.parse import quote`',
    fixSafety: "Safe for the members that kept their behaviour; unsafe when the file uses Python 2 `urllib.urlopen` (Python 3's raises HTTPError for error pages). Members lib2to3 does not map (`urllib.basejoin`, `urllib.ftpwrapper`, `urllib2.request_host`, ...) are flagged with advice, and the import is then left for you to convert. Star imports are not converted. The `Request` methods Python 3.4 removed (`req.get_host()`, `get_type()`, `get_selector()`, `get_data()`, `has_data()`, `add_data()`, `get_origin_req_host()`, `is_unverifiable()`) are flagged on a name the function binds to `urllib2.Request(...)` or a parameter of a urllib2 handler method; py3 fix: the attribute (`req.host`, `req.data is not None`...), safe because Python 3 parses the URL in the constructor exactly as `get_host()`/`get_type()` did; no compat fix (on Python 2 `req.host` stays None until `get_host()` runs), and `add_data(d)` is left to you (`req.data = d`).",
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    for (const node of importedModuleNodes(keyword, ctx.file)) checkModuleImport(node, ctx, 'urllib-reorganisation');
  },
  identifiers: [...moduleUseIdentifiers('urllib-reorganisation'), ...REQUEST_METHOD_NAMES],
  onIdentifier(identifier, ctx) {
    if (REQUEST_METHOD_NAMES.includes(identifier.text)) checkRequestMethod(identifier, ctx);
    else checkModuleUse(identifier, ctx, 'urllib-reorganisation');
  },
};
