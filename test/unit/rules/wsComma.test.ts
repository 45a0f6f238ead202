import { ruleTester } from '../ruleTester';

ruleTester('ws-comma', {
  valid: [
    'f(a, b)\n', 't = (a,)\n', 'd = {a: b}\n', 'x = a[1:2]\n', 'f = lambda x:x\n', 's = "a ,b"\n', '# a ,b\n',
    'f(a,\n  b)\n', 'f(\n    a\n    , b)\n',
  ],
  invalid: [
    { code: 'f(a ,b)\n', count: 1, severity: 'information', output: { py3: 'f(a, b)\n', compat: 'f(a, b)\n' } },
    { code: 'f(a,b,c)\n', count: 2, output: { py3: 'f(a, b, c)\n' } },
    { code: 'd = {"debug" :True}\n', output: { py3: 'd = {"debug": True}\n' } },
    { code: 'f(a ,)\n', output: { py3: 'f(a,)\n' } },
  ],
});
