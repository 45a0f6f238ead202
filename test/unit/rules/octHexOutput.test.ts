import { ruleTester } from '../ruleTester';

ruleTester('oct-hex-output', {
  valid: [
    'x = hex(v)\n',
    'x = hex(v)[2:]\n',
    "x = hex(v).rstrip('L')\n",
    'x = oct(v)\n',
    'def hex(v):\n    return v\nx = hex(v)[:-1]\n',
  ],
  invalid: [
    { code: 'x = hex(v)[:-1]\n', count: 1, message: 'drops the last hex digit', output: { py3: null } },
    { code: 'x = hex(v)[:-1]\n', unsafe: true, output: { py3: "x = hex(v).rstrip('L')\n", compat: "x = hex(v).rstrip('L')\n" } },
    { code: 'x = hex(v)[2:-1]\n', unsafe: true, output: { py3: "x = hex(v)[2:].rstrip('L')\n" } },
    { code: 'mode = oct(perm)[1:]\n', message: 'sliced', output: { py3: null } },
    { code: "if oct(m) == '0755': pass\n", message: 'compared' },
    { code: "s = oct(m).lstrip('0')\n", message: '`.lstrip()`' },
    { code: 'print oct(8), oct(0), hex(255)\n', count: 2, message: 'printed', output: { py3: null } },
    { code: 'print("mode: %s" % oct(m))\n', count: 1, message: 'formatted' },
    { code: 'label = "{} {}".format(name, oct(m))\ns = str(oct(n))\n', count: 2, message: 'formatted' },
  ],
});
