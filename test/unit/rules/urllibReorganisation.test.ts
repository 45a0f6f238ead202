// C3 urllib-reorganisation: urllib / urllib2 / urlparse converted member by member.
import { ruleTester } from '../ruleTester';

ruleTester('urllib-reorganisation', {
  valid: [
    'import urllib.request\nurllib.request.urlopen(u)\n',
    'import urllib.parse, urllib.error\nq = urllib.parse.quote(s)\n',
    { name: 'import urllib used only through Python 3 submodules', code: 'import urllib\nq = urllib.parse.quote(s)\n' },
    'import urllib\n',
    'from urllib import parse\n',
    'from urllib.parse import quote\n',
    'from six.moves.urllib.parse import quote\n',
    'import six\nq = six.moves.urllib.parse.quote(s)\n',
    { name: 'compat shim', code: 'try:\n    from urllib2 import urlopen\nexcept ImportError:\n    from urllib.request import urlopen\n' },
    { name: 'compat shim on urlparse', code: 'try:\n    import urlparse\nexcept ImportError:\n    import urllib.parse as urlparse\n' },
  ],
  invalid: [
    {
      name: 'urllib2 uses go to urllib.request and urllib.error',
      code: 'import urllib2\ntry:\n    r = urllib2.urlopen(u)\nexcept urllib2.HTTPError as e:\n    r = None\n',
      count: 1, severity: 'error',
      output: {
        py3: 'import urllib.error, urllib.request\ntry:\n    r = urllib.request.urlopen(u)\nexcept urllib.error.HTTPError as e:\n    r = None\n',
        compat: 'import six\ntry:\n    r = six.moves.urllib.request.urlopen(u)\nexcept six.moves.urllib.error.HTTPError as e:\n    r = None\n',
      },
    },
    {
      code: 'import urllib\nq = urllib.quote("a b")\nd = urllib.urlencode({"a": 1})\n', count: 1,
      output: {
        py3: 'import urllib.parse\nq = urllib.parse.quote("a b")\nd = urllib.parse.urlencode({"a": 1})\n',
        compat: 'import six\nq = six.moves.urllib.parse.quote("a b")\nd = six.moves.urllib.parse.urlencode({"a": 1})\n',
      },
    },
    {
      code: 'from urllib2 import urlopen, HTTPError\n',
      output: {
        py3: 'from urllib.request import urlopen\nfrom urllib.error import HTTPError\n',
        compat: 'from six.moves.urllib.request import urlopen\nfrom six.moves.urllib.error import HTTPError\n',
      },
    },
    {
      code: 'from urllib import quote as q, unquote\n',
      output: { py3: 'from urllib.parse import quote as q, unquote\n', compat: 'from six.moves.urllib.parse import quote as q, unquote\n' },
    },
    {
      name: 'from-import inside a block keeps the indentation',
      code: 'def f():\n    from urllib2 import Request, URLError\n    return Request\n',
      output: { py3: 'def f():\n    from urllib.request import Request\n    from urllib.error import URLError\n    return Request\n' },
    },
    {
      name: 'urlparse is renamed as a whole',
      code: 'import urlparse\nu = urlparse.urljoin("http://a/b", "c")\n',
      output: {
        py3: 'import urllib.parse\nu = urllib.parse.urljoin("http://a/b", "c")\n',
        compat: 'import six\nu = six.moves.urllib.parse.urljoin("http://a/b", "c")\n',
      },
    },
    {
      name: 'urlparse.urldefrag returns a named tuple in Python 3: unsafe',
      code: 'import urlparse\nx = urlparse.urldefrag(u)\n',
      output: { py3: null, compat: null },
    },
    {
      code: 'from urlparse import urldefrag\n', unsafe: true,
      output: { py3: 'from urllib.parse import urldefrag\n' },
    },
    {
      code: 'from urlparse import urljoin, urlparse\n',
      output: { py3: 'from urllib.parse import urljoin, urlparse\n', compat: 'from six.moves.urllib.parse import urljoin, urlparse\n' },
    },
    {
      name: 'aliased urllib2 whose members all live in one module',
      code: 'import urllib2 as u2\nr = u2.urlopen(u)\n',
      output: { py3: 'import urllib.request as u2\nr = u2.urlopen(u)\n', compat: 'from six.moves.urllib import request as u2\nr = u2.urlopen(u)\n' },
    },
    {
      name: 'aliased urllib2 whose members live in two modules: no fix',
      code: 'import urllib2 as u2\nr = u2.urlopen(u)\ne = u2.URLError\n',
      output: { py3: null, compat: null },
    },
    {
      name: 'a member 2to3 does not map: flagged with advice, no fix',
      code: 'import urllib\nu = urllib.basejoin(a, b)\nq = urllib.quote(b)\n', count: 2,
      output: { py3: null, compat: null },
    },
    {
      name: 'unmapped member in a from-import',
      code: 'from urllib import basejoin\n', count: 2,
      output: { py3: null },
    },
    {
      name: 'star import: flagged, not fixed',
      code: 'from urllib2 import *\n', count: 1,
      output: { py3: null, compat: null },
    },
    {
      name: 'urllib.urlopen behaves differently on error pages: unsafe, and six has no alias',
      code: 'import urllib\nf = urllib.urlopen(u)\n', unsafe: true,
      output: { py3: 'import urllib.request\nf = urllib.request.urlopen(u)\n', compat: null },
    },
    {
      name: 'urllib.urlopen is not fixed by default',
      code: 'import urllib\nf = urllib.urlopen(u)\n',
      output: { py3: null },
    },
    {
      name: 'the module passed around bare: no fix',
      code: 'import urllib2\nmods = [urllib2]\n',
      output: { py3: null, compat: null },
    },
    {
      name: 'unused import',
      code: 'import urllib2\n',
      output: { py3: 'import urllib.request\n', compat: 'import six\n' },
    },
    {
      name: 'several modules, six already imported',
      code: 'import six, urllib2\nurllib2.urlopen(u)\n',
      output: { compat: 'import six\nsix.moves.urllib.request.urlopen(u)\n' },
    },
    {
      name: 'two modules in one statement both become six: imported once',
      code: 'import urllib, urllib2\nurllib2.urlopen(urllib.quote(u))\n',
      output: {
        py3: 'import urllib.parse, urllib.request\nurllib.request.urlopen(urllib.parse.quote(u))\n',
        compat: 'import six\nsix.moves.urllib.request.urlopen(six.moves.urllib.parse.quote(u))\n',
      },
    },
    {
      code: 'import robotparser\nrp = robotparser.RobotFileParser()\n',
      output: { py3: 'import urllib.robotparser\nrp = urllib.robotparser.RobotFileParser()\n', compat: 'import six\nrp = six.moves.urllib.robotparser.RobotFileParser()\n' },
    },
    {
      name: 'Request methods removed in Python 3.4',
      code: 'import urllib2\nr = urllib2.Request(u)\nprint(r.get_host(), r.get_type(), r.has_data())\nr.add_data(d)\n', count: 5,
      output: {
        py3: 'import urllib.request\nr = urllib.request.Request(u)\nprint(r.host, r.type, (r.data is not None))\nr.add_data(d)\n',
      },
    },
    { name: 'get_host() after the compat conversion: still flagged, no compat fix', code: 'import six\nr = six.moves.urllib.request.Request(u)\nh = r.get_host()\n', count: 1, output: { compat: null, py3: 'import six\nr = six.moves.urllib.request.Request(u)\nh = r.host\n' } },
    { name: 'another get_host() (a Django request): only the import', code: 'import urllib2\ndef view(request):\n    return request.get_host()\n', count: 1 },
    {
      name: 'Request methods on a urllib2 handler parameter',
      code: 'import urllib2\nclass H(urllib2.BaseHandler):\n    def http_request(self, req):\n        return req.get_selector()\n', count: 2,
    },
  ],
});
