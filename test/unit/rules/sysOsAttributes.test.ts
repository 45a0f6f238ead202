import { ruleTester } from '../ruleTester';

ruleTester('getcwdu', {
  valid: ['os.getcwd()\n', 'x.getcwdu()\n', 'getcwdu()\n', 'if PY2:\n    d = os.getcwdu()\n', 'from six.moves import getcwd\ngetcwd()\n'],
  invalid: [
    { code: 'import os\nd = os.getcwdu()\n', count: 1, output: { py3: 'import os\nd = os.getcwd()\n', compat: 'from six.moves import getcwd\nd = getcwd()\n' } },
    { name: 'compat when the module binds getcwd itself', code: 'import os\nfrom os import getcwd\nd = os.getcwdu()\n', output: { compat: 'import os\nfrom os import getcwd\nimport six\nd = six.moves.getcwd()\n' } },
    { name: 'an os.getcwd attribute is no conflict', code: 'import os\nb = os.getcwd()\nd = os.getcwdu()\n', output: { compat: 'import os\nfrom six.moves import getcwd\nb = os.getcwd()\nd = getcwd()\n' } },
    { code: 'from os import getcwdu\n', count: 1, output: { py3: 'from os import getcwd as getcwdu\n', compat: null } },
    { name: 'aliased from-import keeps its local name', code: 'from os import getcwdu as here\n', count: 1, output: { py3: 'from os import getcwd as here\n', compat: null } },
  ],
});

ruleTester('sys-maxint', {
  valid: ['sys.maxsize\n', 'x.maxint\n', 'maxint = 3\n', 'from numpy import maxint as m\n', 'from sys import maxsize as maxint\n', 'if sys.version_info[0] == 2:\n    m = sys.maxint\n', 'from numpy import maxint\n'],
  invalid: [
    { code: 'm = sys.maxint\n', count: 1, output: { py3: null, compat: null } },
    { code: 'm = -sys.maxint - 1\n', unsafe: true, output: { py3: 'm = -sys.maxsize - 1\n', compat: 'm = -sys.maxsize - 1\n' } },
    { code: 'from sys import maxint\n', unsafe: true, output: { py3: 'from sys import maxsize as maxint\n' } },
    { name: 'aliased from-import (idlelib/CodeContext.py)', code: 'from sys import maxint as INFINITY\n', count: 1, unsafe: true, output: { py3: 'from sys import maxsize as INFINITY\n' } },
  ],
});

ruleTester('sys-exc-attrs', {
  valid: ['sys.exc_info()[0]\n', 'x.exc_type\n', 'sys.exc_type = None\n', 'exc_type = 1\n'],
  invalid: [
    {
      code: 'try:\n    f()\nexcept IOError:\n    log(sys.exc_type, sys.exc_value, sys.exc_traceback)\n', count: 3,
      output: {
        py3: 'try:\n    f()\nexcept IOError:\n    log(sys.exc_info()[0], sys.exc_info()[1], sys.exc_info()[2])\n',
        compat: 'try:\n    f()\nexcept IOError:\n    log(sys.exc_info()[0], sys.exc_info()[1], sys.exc_info()[2])\n',
      },
    },
    { name: 'outside an except block: unsafe', code: 'def report():\n    return sys.exc_value\n', count: 1, output: { py3: null } },
    { code: 'def report():\n    return sys.exc_value\n', unsafe: true, output: { py3: 'def report():\n    return sys.exc_info()[1]\n' } },
    {
      name: 'after a nested handler: unsafe (Python 2 keeps the inner exception, Python 3 restores the outer one)',
      code: 'try:\n    f()\nexcept ValueError:\n    try:\n        g()\n    except KeyError:\n        pass\n    log(sys.exc_type)\n', count: 1, output: { py3: null, compat: null },
    },
  ],
});
