// isBuiltinAt skips the tree for names the text never binds (a speed-up): the answers must be the
// ones the per-function binding query gives, in well-formed code and in code tree-sitter recovers.
import * as assert from 'node:assert/strict';
import { isBuiltinAt } from '../../../server/src/engine/iteratingContext';
import { initParser } from '../../../server/src/engine/parser';
import { SourceFile } from '../../../server/src/engine/sourceFile';

/** isBuiltinAt for the last `list` of the code. */
function lastListIsBuiltin(code: string): boolean {
  const file = SourceFile.parse(code);
  try {
    const at = code.lastIndexOf('list');
    const node = file.root.descendantForIndex(at, at + 4);
    assert.ok(node && node.type === 'identifier', `no identifier at ${at}`);
    return isBuiltinAt(node, 'list', file);
  } finally {
    file.dispose();
  }
}

describe('isBuiltinAt', () => {
  before(initParser);

  it('a name only called, or only an attribute elsewhere, is the builtin', () => {
    assert.equal(lastListIsBuiltin('def f(x):\n    y = list(x)\n    return list(y)\n'), true);
    assert.equal(lastListIsBuiltin('def f(x):\n    x.list = 1\n    x.list(2)\n    return list(x)\n'), true);
    assert.equal(lastListIsBuiltin('def list(x):\n    pass\ndef g(x):\n    return list(x)\n'), false);
  });

  it('a binding in the enclosing function hides the builtin, one in another function does not', () => {
    assert.equal(lastListIsBuiltin('def f(list):\n    return list(1)\n'), false);
    assert.equal(lastListIsBuiltin('def f():\n    list = g()\n    return list(1)\n'), false);
    assert.equal(lastListIsBuiltin('def g(list):\n    pass\ndef f():\n    return list(1)\n'), true);
    assert.equal(lastListIsBuiltin('def f():\n    def \\\n list(x): pass\n    return list(1)\n'), false);
    assert.equal(lastListIsBuiltin('def f():\n    class list(object): pass\n    return list(1)\n'), false);
  });

  it('module-level bindings count whatever their form; words in strings, comments and reads do not', () => {
    assert.equal(lastListIsBuiltin('list = []\ndef f(x):\n    return list(x)\n'), false);
    assert.equal(lastListIsBuiltin('(list) = []\ndef f(x):\n    return list(x)\n'), false);
    assert.equal(lastListIsBuiltin('try:\n    pass\nexcept E, list:\n    pass\nx = list(1)\n'), false);
    assert.equal(lastListIsBuiltin('with f() as list:\n    pass\nx = list(1)\n'), false);
    assert.equal(lastListIsBuiltin('from m import list\nx = list(1)\n'), false);
    assert.equal(lastListIsBuiltin('# list = []\ns = "list = []"\nif isinstance(s, list):\n    x = list(1)\n'), true);
  });

  it('a star import of the lazy builtins binds them without spelling them; `__builtins__` does not', () => {
    const rangeIsBuiltin = (code: string): boolean => {
      const file = SourceFile.parse(code);
      try {
        const at = code.lastIndexOf('range');
        return isBuiltinAt(file.root.descendantForIndex(at, at + 5)!, 'range', file);
      } finally {
        file.dispose();
      }
    };
    assert.equal(rangeIsBuiltin('from future.builtins import *\nx = range(3)\n'), false);
    assert.equal(rangeIsBuiltin('from builtins \\\n    import *\nx = range(3)\n'), false);
    assert.equal(rangeIsBuiltin('import __builtin__\nx = __builtins__\ny = range(3)\n'), true);
  });

  it('in code tree-sitter recovers from, a name followed by ( may still be bound', () => {
    // tree-sitter reads `global list` and `import list` here, with the `(x)` after them.
    assert.equal(lastListIsBuiltin('def f():\n    global list(x)\n    return list(1)\n'), false);
    assert.equal(lastListIsBuiltin('def f():\n    import list(x)\n    return list(1)\n'), false);
    assert.equal(lastListIsBuiltin('def f(x.list):\n    return list(1)\n'), false);
  });
});
