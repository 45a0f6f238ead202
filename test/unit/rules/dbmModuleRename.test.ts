// C2 dbm-module-rename: anydbm and whichdb -> dbm (unsafe: bytes keys); no six.moves name.
import { ruleTester } from '../ruleTester';

ruleTester('dbm-module-rename', {
  valid: ['import dbm\n', 'import dbm.dumb\n', { name: 'compat shim', code: 'try:\n    import anydbm as dbm\nexcept ImportError:\n    import dbm\n' }],
  invalid: [
    {
      code: 'import anydbm\ndb = anydbm.open(p, "c")\n', count: 1, unsafe: true,
      output: { py3: 'import dbm\ndb = dbm.open(p, "c")\n', compat: null },
    },
    {
      code: 'from whichdb import whichdb\n', unsafe: true,
      output: { py3: 'from dbm import whichdb\n', compat: null },
    },
    { name: 'unsafe: not applied by default', code: 'import anydbm\n', output: { py3: null } },
  ],
});
