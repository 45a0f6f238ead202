import { ruleTester } from '../ruleTester';

ruleTester('reload-builtin', {
  valid: [
    'imp.reload(m)\n', 'importlib.reload(m)\n', 'from imp import reload\nreload(m)\n', 'from six.moves import reload_module\nreload_module(m)\n',
    'try:\n    reload\nexcept NameError:\n    from importlib import reload\n',
  ],
  invalid: [
    {
      code: 'import config\nreload(config)\n', count: 1,
      output: { py3: 'import config\nimport importlib\nimportlib.reload(config)\n', compat: 'import config\nfrom six.moves import reload_module\nreload_module(config)\n' },
    },
    { name: 'reload(sys): flagged, not fixed', code: 'import sys\nreload(sys)\nsys.setdefaultencoding("utf-8")\n', count: 1, message: 'setdefaultencoding', unsafe: true, output: { py3: null, compat: null } },
  ],
});
