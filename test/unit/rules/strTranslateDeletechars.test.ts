import { ruleTester } from '../ruleTester';

ruleTester('str-translate-deletechars', {
  valid: ['s.translate(table)\n', 'data.translate(None, b"abc")\n', 'b"x-y".translate(None, d)\n', 'translate(None, "x")\n', 'string.translate(s, table)\n'],
  invalid: [
    { code: 'd = phone.translate(None, "-() ")\n', count: 1, output: { py3: null, compat: null } },
    {
      code: 'd = phone.translate(None, "-() ")\n',
      unsafe: true,
      output: {
        py3: 'd = phone.translate({ord(_ch): None for _ch in "-() "})\n',
        compat: 'd = "".join(_ch for _ch in phone if _ch not in "-() ")\n',
      },
    },
    { code: 'd = (a + b).translate(None, junk)\n', unsafe: true, output: { py3: 'd = (a + b).translate({ord(_ch): None for _ch in junk})\n' } },
    { code: 'd = s.translate(table, "xy")\n', unsafe: true, message: 'str.maketrans', output: { py3: null, compat: null } },
  ],
});
