// C6 userdict-module: UserDict classes -> collections.UserDict; DictMixin is manual.
import { ruleTester } from '../ruleTester';

ruleTester('userdict-module', {
  valid: [
    'from collections import UserDict\n',
    'from six.moves import UserDict\n',
    { name: 'compat shim', code: 'try:\n    from UserDict import UserDict\nexcept ImportError:\n    from collections import UserDict\n' },
  ],
  invalid: [
    {
      code: 'from UserDict import UserDict\nclass S(UserDict):\n    pass\n', unsafe: true,
      output: { py3: 'from collections import UserDict\nclass S(UserDict):\n    pass\n', compat: 'from six.moves import UserDict\nclass S(UserDict):\n    pass\n' },
    },
    {
      code: 'from UserDict import IterableUserDict\n', unsafe: true,
      output: { py3: 'from collections import UserDict as IterableUserDict\n', compat: 'from six.moves import UserDict as IterableUserDict\n' },
    },
    {
      code: 'import UserDict\nclass S(UserDict.UserDict): pass\n', unsafe: true,
      output: { py3: 'import collections\nclass S(collections.UserDict): pass\n', compat: 'import six\nclass S(six.moves.UserDict): pass\n' },
    },
    { name: 'unsafe: not applied by default', code: 'from UserDict import UserDict\n', output: { py3: null, compat: null } },
    {
      name: 'DictMixin: flagged with advice, not fixed',
      code: 'from UserDict import DictMixin\n', count: 2, unsafe: true,
      output: { py3: null, compat: null },
    },
  ],
});
