// C4 removed-stdlib-module: no Python 3 counterpart; `commands` keeps getoutput/getstatusoutput in subprocess.
import { ruleTester } from '../ruleTester';

ruleTester('removed-stdlib-module', {
  valid: [
    'import hashlib\n',
    'import subprocess\nsubprocess.getoutput("ls")\n',
    { name: 'compat shim', code: 'try:\n    from hashlib import md5\nexcept ImportError:\n    from md5 import md5\n' },
    { name: 'a relative import of a sibling module called sets', code: 'from . import sets\n' },
  ],
  invalid: [
    { code: 'import md5\n', count: 1, severity: 'error', message: '`hashlib.md5`', output: { py3: null, compat: null } },
    { code: 'from sets import Set\n', count: 1, message: '`set`', output: { py3: null } },
    { code: 'import sha, rfc822\n', count: 2, output: { py3: null } },
    { code: 'import compiler.ast\nfrom compiler import ast\n', count: 2 },
    {
      name: 'commands.getoutput moves to subprocess (unsafe)',
      code: 'import commands\nout = commands.getoutput("ls")\n', count: 1, unsafe: true,
      output: { py3: 'import subprocess\nout = subprocess.getoutput("ls")\n', compat: 'import six\nout = six.moves.getoutput("ls")\n' },
    },
    {
      code: 'from commands import getstatusoutput\n', unsafe: true,
      output: { py3: 'from subprocess import getstatusoutput\n', compat: null },
    },
    { name: 'commands.mkarg has no equivalent', code: 'import commands\nx = commands.mkarg(a)\n', count: 2, unsafe: true, output: { py3: null } },
  ],
});
