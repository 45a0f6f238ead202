import { ruleTester } from '../ruleTester';

ruleTester('unicode-literal-prefix', {
  valid: ['x = "a"\n', "x = b'a'\n", '# u"x"\n', 'x = "u\'x\'"\n', 'x = ur"\\d"\n', 'x = menu"a"\n'],
  invalid: [
    { code: 'x = u"caf\\xe9"\n', count: 1, severity: 'information', output: { py3: null, compat: null, cleanup: 'x = "caf\\xe9"\n' } },
    { code: "x = U'a' + u'''b'''\n", count: 2, output: { cleanup: "x = 'a' + '''b'''\n" } },
  ],
});
