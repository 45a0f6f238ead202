import { ruleTester } from '../ruleTester';

const wrap = (clause: string, body = '    pass\n'): string => `try:\n    f()\n${clause}\n${body}`;

ruleTester('except-comma', {
  valid: [
    wrap('except E as e:'),
    wrap('except (A, B) as e:'),
    wrap('except (A, B):'),
    wrap('except E:'),
    wrap('except:'),
    { code: wrap('except E, (a, b):'), name: 'tuple target is except-unpacking' },
    { code: wrap('except E, self.err:'), name: 'attribute target is except-unpacking' },
  ],
  invalid: [
    { code: wrap('except E, e:'), count: 1, message: 'except E as e', output: { py3: wrap('except E as e:'), compat: wrap('except E as e:') } },
    { code: wrap('except (IOError, OSError), err:'), output: { py3: wrap('except (IOError, OSError) as err:'), compat: wrap('except (IOError, OSError) as err:') } },
    { code: wrap('except E,e:'), output: { py3: wrap('except E as e:') } },
    { code: wrap('except E, (e):'), name: 'parenthesised name', output: { py3: wrap('except E as e:') } },
    { code: wrap('except os.error, e: print e', ''), output: { py3: wrap('except os.error as e: print e', '') } },
    {
      code: 'def f():\n    try:\n        g()\n    except E, e:\n        pass\n    try:\n        g()\n    except F, e:\n        print e\n',
      count: 2, name: 'a later handler binding the same name is not a later use',
      output: { py3: 'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    try:\n        g()\n    except F as e:\n        print e\n' },
    },
    {
      code: 'def f():\n    try:\n        g()\n    except E, e:\n        pass\n    return e\n',
      message: 'unbinds', name: 'name used after the handler: unsafe',
      output: { py3: null },
    },
    {
      code: 'def f():\n    try:\n        g()\n    except E, e:\n        pass\n    return e\n',
      unsafe: true, name: 'name used after the handler, unsafe fix',
      output: { py3: 'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    return e\n' },
    },
    {
      code: 'def f():\n    try:\n        g()\n    except E, e:\n        pass\n    return x.e\n',
      name: 'attribute with the same name is not a use', output: { py3: 'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    return x.e\n' },
    },
    { code: wrap('except ValueError, TypeError:'), count: 1, message: 'does not catch `TypeError`', output: { py3: null, compat: null } },
    { code: wrap('except KeyError, IndexError:'), unsafe: true, output: { py3: wrap('except KeyError as IndexError:') } },
    { code: wrap('except socket.error, MyFailure:'), message: 'does not catch', output: { py3: null } },
    { code: wrap('except E, E2:'), output: { py3: wrap('except E as E2:') }, name: 'short all-caps names are not class-like' },
  ],
});
