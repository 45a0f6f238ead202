import { ruleTester } from '../ruleTester';

ruleTester('eq-without-hash', {
  valid: [
    'class C(object):\n    def __eq__(self, o):\n        return True\n    def __hash__(self):\n        return 1\n',
    'class C(object):\n    def __eq__(self, o):\n        return True\n    __hash__ = None\n',
    { code: 'class C:\n    def __eq__(self, o):\n        return True\n', name: 'old-style classes were unhashable already' },
    'def __eq__(a, b):\n    return True\n',
    { code: 'class D(dict):\n    def __eq__(self, o):\n        return True\n', name: 'dict subclasses were unhashable already' },
  ],
  invalid: [
    { code: 'class C(object):\n    def __eq__(self, o):\n        return True\n', count: 1, severity: 'warning', message: '__hash__ = None', output: { py3: null, compat: null } },
    { code: '__metaclass__ = type\nclass C:\n    def __eq__(self, o):\n        return True\n', name: 'new-style through the module metaclass' },
    { code: 'class C(Base):\n    def __eq__(self, o):\n        return True\n', name: 'a base class hash is not inherited either' },
  ],
});

ruleTester('eq-without-ne', {
  valid: [
    'class C(object):\n    def __eq__(self, o):\n        return True\n    def __ne__(self, o):\n        return False\n',
    'class C(object):\n    def __eq__(self, o):\n        return True\n    def __cmp__(self, o):\n        return 0\n',
    { code: 'class C(Base):\n    def __eq__(self, o):\n        return True\n', name: 'a base class may define __ne__' },
  ],
  invalid: [
    { code: 'class C(object):\n    def __eq__(self, o):\n        return True\n    __hash__ = None\n', count: 1, message: 'identity', output: { py3: null, compat: null } },
    { code: 'class C:\n    def __eq__(self, o):\n        return True\n' },
  ],
});
