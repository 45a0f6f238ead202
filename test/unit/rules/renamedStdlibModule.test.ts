// C1 renamed-stdlib-module: the import and every use after `import X` are renamed in one fix.
import { ruleTester } from '../ruleTester';

ruleTester('renamed-stdlib-module', {
  valid: [
    'import queue\nq = queue.Queue()\n',
    'from six.moves import queue\nq = queue.Queue()\n',
    'from six.moves.queue import Empty\n',
    'import pickle\n',
    'import http.client\n',
    'from configparser import ConfigParser\n',
    { name: 'compat shim: try/except ImportError', code: 'try:\n    import Queue as queue\nexcept ImportError:\n    import queue\n' },
    { name: 'compat shim: cPickle fallback', code: 'try:\n    import cPickle as pickle\nexcept ImportError:\n    import pickle\n' },
    { name: 'compat shim: version check', code: 'import sys\nif sys.version_info[0] == 2:\n    import ConfigParser as configparser\nelse:\n    import configparser\n' },
    { name: 'relative import of a sibling named like a py2 module', code: 'from . import Queue\nfrom .Queue import Queue\n' },
    { name: 'the name in a string or comment', code: 's = "import Queue"  # import Queue\n' },
    { name: 'an attribute that happens to be called Queue', code: 'q = multiprocessing.Queue()\n' },
  ],
  invalid: [
    {
      name: 'import Queue renames the uses',
      code: 'import Queue\nq = Queue.Queue()\ntry:\n    q.get(False)\nexcept Queue.Empty:\n    pass\n',
      count: 1, severity: 'error', message: '`Queue` was renamed to `queue`',
      output: {
        py3: 'import queue\nq = queue.Queue()\ntry:\n    q.get(False)\nexcept queue.Empty:\n    pass\n',
        compat: 'from six.moves import queue\nq = queue.Queue()\ntry:\n    q.get(False)\nexcept queue.Empty:\n    pass\n',
      },
    },
    {
      name: 'import Queue as Q keeps the uses',
      code: 'import Queue as Q\nq = Q.Queue()\n',
      output: { py3: 'import queue as Q\nq = Q.Queue()\n', compat: 'from six.moves import queue as Q\nq = Q.Queue()\n' },
    },
    {
      code: 'from Queue import Queue, Empty\n',
      output: { py3: 'from queue import Queue, Empty\n', compat: 'from six.moves.queue import Queue, Empty\n' },
    },
    {
      code: 'from Queue import Empty\n',
      output: { compat: 'from six.moves.queue import Empty\n' },
    },
    {
      code: 'import cPickle\ns = cPickle.dumps(1)\n',
      output: { py3: 'import pickle\ns = pickle.dumps(1)\n', compat: 'from six.moves import cPickle\ns = cPickle.dumps(1)\n' },
    },
    {
      code: 'import cPickle as pickle\ns = pickle.dumps(1)\n',
      output: { py3: 'import pickle\ns = pickle.dumps(1)\n', compat: 'from six.moves import cPickle as pickle\ns = pickle.dumps(1)\n' },
    },
    {
      name: 'a local variable named like the new module: import under the old name',
      code: 'import Queue\nqueue = Queue.Queue()\n',
      output: { py3: 'import queue as Queue\nqueue = Queue.Queue()\n', compat: 'from six.moves import queue as Queue\nqueue = Queue.Queue()\n' },
    },
    {
      name: 'the old name used bare: import under the old name',
      code: 'import Queue\nmodules = [Queue]\n',
      output: { py3: 'import queue as Queue\nmodules = [Queue]\n' },
    },
    {
      name: 'the old name rebound elsewhere: import under the old name',
      code: 'import Queue\ndef f(Queue):\n    return Queue.x\ny = Queue.Queue()\n',
      output: { py3: 'import queue as Queue\ndef f(Queue):\n    return Queue.x\ny = Queue.Queue()\n' },
    },
    {
      name: 'dotted Python 3 module',
      code: 'import httplib\nc = httplib.HTTPConnection("h")\nr = httplib.OK\n',
      output: {
        py3: 'import http.client\nc = http.client.HTTPConnection("h")\nr = http.client.OK\n',
        compat: 'from six.moves import http_client\nc = http_client.HTTPConnection("h")\nr = http_client.OK\n',
      },
    },
    {
      name: 'one name of several in the statement',
      code: 'import os, Queue\nq = Queue.Queue()\n',
      output: { py3: 'import os, queue\nq = queue.Queue()\n', compat: 'import os\nfrom six.moves import queue\nq = queue.Queue()\n' },
    },
    {
      name: 'one name of several, after other code on the line',
      code: 'if True: import os, Queue\n',
      output: { compat: 'if True: import os; from six.moves import queue\n' },
    },
    {
      name: 'inside a function',
      code: 'def f():\n    import Queue\n    return Queue.Queue()\n',
      output: { py3: 'def f():\n    import queue\n    return queue.Queue()\n', compat: 'def f():\n    from six.moves import queue\n    return queue.Queue()\n' },
    },
    {
      code: 'import __builtin__\n__builtin__.open\n',
      output: { py3: 'import builtins\nbuiltins.open\n', compat: 'from six.moves import builtins\nbuiltins.open\n' },
    },
    {
      code: 'from Tkinter import *\n',
      output: { py3: 'from tkinter import *\n', compat: 'from six.moves.tkinter import *\n' },
    },
    {
      name: 'modules six.moves lacks: no compat fix',
      code: 'import DocXMLRPCServer\nimport markupbase\n',
      count: 2,
      output: { py3: 'import xmlrpc.server\nimport _markupbase\n', compat: null },
    },
    {
      name: 'dbhash: lib2to3\'s dbm.bsd does not exist, so no fix',
      code: 'import dbhash\n', message: 'does not exist in Python 3',
      output: { py3: null, compat: null },
    },
    {
      name: 'ConfigParser: unsafe (interpolation, strict mode)',
      code: 'import ConfigParser\np = ConfigParser.RawConfigParser()\n',
      output: { py3: null, compat: null },
    },
    {
      name: 'ConfigParser with unsafe fixes',
      code: 'import ConfigParser\np = ConfigParser.RawConfigParser()\n', unsafe: true,
      output: { py3: 'import configparser\np = configparser.RawConfigParser()\n', compat: 'from six.moves import configparser\np = configparser.RawConfigParser()\n' },
    },
    {
      name: 'a member the Python 3 module lacks: flagged, not fixed',
      code: 'import httplib\nh = httplib.HTTP("x")\n', count: 2,
      output: { py3: null, compat: null },
    },
    {
      name: 'importing a member the Python 3 module lacks',
      code: 'from Cookie import SmartCookie\n', count: 2,
      output: { py3: null },
    },
    {
      name: 'UserList becomes an attribute of collections (unsafe)',
      code: 'import UserList\nclass L(UserList.UserList): pass\n', unsafe: true,
      output: { py3: 'import collections\nclass L(collections.UserList): pass\n', compat: 'import six\nclass L(six.moves.UserList): pass\n' },
    },
    {
      code: 'from UserString import UserString\n', unsafe: true,
      output: { py3: 'from collections import UserString\n', compat: 'from six.moves import UserString\n' },
    },
    {
      name: 'UserString.MutableString has no replacement',
      code: 'from UserString import MutableString\n', count: 2,
      output: { py3: null },
    },
    {
      name: 'members test.support lacks, through the parent package and a from-import',
      code: 'import test\nf = test.test_support.TESTFN\nfrom test import test_support\ntest_support.run_unittest(X)\n', count: 3, unsafe: true,
      output: { py3: null },
    },
    {
      name: 'test.test_support (dotted Python 2 name)',
      code: 'from test import test_support\nimport test.test_support\ntest.test_support.verbose\n', unsafe: true,
      output: { py3: 'from test import support as test_support\nimport test.support\ntest.support.verbose\n' },
    },
  ],
});
