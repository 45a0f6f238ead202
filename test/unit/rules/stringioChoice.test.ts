// E3 stringio-choice: StringIO / cStringIO -> io.StringIO (unsafe: bytes need io.BytesIO).
import { ruleTester } from '../ruleTester';

ruleTester('stringio-choice', {
  valid: [
    'import io\nb = io.StringIO()\n',
    'from io import BytesIO\n',
    'from six import StringIO\n',
    'from six.moves import cStringIO as StringIO\n',
    { name: 'compat shim', code: 'try:\n    from cStringIO import StringIO\nexcept ImportError:\n    from io import StringIO\n' },
  ],
  invalid: [
    {
      code: 'import StringIO\nb = StringIO.StringIO()\n', count: 1, unsafe: true,
      output: { py3: 'import io\nb = io.StringIO()\n', compat: 'import six\nb = six.StringIO()\n' },
    },
    {
      code: 'import cStringIO\nb = cStringIO.StringIO("x")\n', count: 1, unsafe: true,
      output: { py3: 'import io\nb = io.StringIO("x")\n', compat: 'import six\nb = six.moves.cStringIO("x")\n' },
    },
    {
      code: 'from cStringIO import StringIO\n', unsafe: true,
      output: { py3: 'from io import StringIO\n', compat: 'from six.moves import cStringIO as StringIO\n' },
    },
    {
      code: 'from StringIO import StringIO\n', unsafe: true,
      output: { py3: 'from io import StringIO\n', compat: 'from six import StringIO\n' },
    },
    { name: 'not fixed without unsafe fixes', code: 'from StringIO import StringIO\n', output: { py3: null, compat: null } },
    {
      name: 'cStringIO.InputType has no equivalent',
      code: 'import cStringIO\nok = isinstance(f, cStringIO.InputType)\n', count: 2, unsafe: true,
      output: { py3: null },
    },
  ],
});
