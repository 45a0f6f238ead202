import { ruleTester } from '../ruleTester';

ruleTester('function-attrs', {
  valid: [
    'f.__name__\n',
    'func_name = 1\n',
    { code: 'self.func_name\n', name: 'an attribute of the class itself' },
    { code: 'if sys.version_info[0] == 2:\n    n = f.func_name\n', name: 'version-guarded' },
  ],
  invalid: [
    {
      code: 'print(f.func_name, f.func_doc, f.func_defaults, f.func_code, f.func_globals, f.func_closure, f.func_dict)\n', count: 7, severity: 'error',
      output: {
        py3: 'print(f.__name__, f.__doc__, f.__defaults__, f.__code__, f.__globals__, f.__closure__, f.__dict__)\n',
        compat: 'print(f.__name__, f.__doc__, f.__defaults__, f.__code__, f.__globals__, f.__closure__, f.__dict__)\n',
      },
    },
    { code: 'wrapper.func_name = f.func_name\n', output: { py3: 'wrapper.__name__ = f.__name__\n' } },
    { code: 'class R(object):\n    def __init__(self, func_name):\n        pass\nprint(r.func_name)\n', name: 'the module uses the name itself: unsafe', output: { py3: null } },
  ],
});

ruleTester('method-attrs', {
  valid: ['m.__func__\n', 'im_func = 1\n'],
  invalid: [
    { code: 'a = m.im_func\nb = m.im_self\n', count: 2, output: { py3: 'a = m.__func__\nb = m.__self__\n', compat: 'a = m.__func__\nb = m.__self__\n' } },
    { code: 'f = Base.method.im_func\n', name: 'unbound method: unsafe', output: { py3: null, compat: null } },
    { code: 'f = threading._Condition.wait.im_func\n', name: 'unbound method of a module class: unsafe', output: { py3: null } },
    { code: 'f = obj.method.im_func\n', name: 'bound method: safe', output: { py3: 'f = obj.method.__func__\n' } },
    { code: 'c = m.im_class\n', count: 1, message: 'im_class', output: { py3: null, compat: null } },
  ],
});
