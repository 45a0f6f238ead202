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

  it('in code tree-sitter recovers from, a name followed by ( may still be bound', () => {
    // tree-sitter reads `global list` and `import list` here, with the `(x)` after them.
    assert.equal(lastListIsBuiltin('def f():\n    global list(x)\n    return list(1)\n'), false);
    assert.equal(lastListIsBuiltin('def f():\n    import list(x)\n    return list(1)\n'), false);
    assert.equal(lastListIsBuiltin('def f(x.list):\n    return list(1)\n'), false);
  });
});
