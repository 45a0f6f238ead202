import * as assert from 'node:assert/strict';
import { isInCompatCode, isLocallyBound } from '../../../server/src/engine/context';
import { initParser } from '../../../server/src/engine/parser';
import { SourceFile } from '../../../server/src/engine/sourceFile';

function identifiersNamed(file: SourceFile, name: string) {
  return file.root.descendantsOfType('identifier').filter((n) => n.text === name);
}

describe('engine: context', () => {
  before(initParser);

  it('collects the names a module binds in any scope', () => {
    const file = SourceFile.parse(
      'import os.path, six as s\nfrom m import unicode, file as f\ndef reduce(x, (a, b)=1, *rest, **kw): pass\nclass C: pass\nfor basestring in y: pass\nwith open(p) as buffer: pass\ntry: pass\nexcept E, intern: pass\n[z for z in q]\nlong = 3\n',
    );
    for (const expected of ['os', 's', 'unicode', 'f', 'reduce', 'x', 'a', 'b', 'rest', 'kw', 'C', 'basestring', 'buffer', 'intern', 'z', 'long']) {
      assert.ok(isLocallyBound(file, expected), `binds ${expected}`);
    }
    for (const unexpected of ['six', 'file', 'open', 'path', 'm', 'y', 'p', 'E', 'q']) assert.ok(!isLocallyBound(file, unexpected), `does not bind ${unexpected}`);
    file.dispose();
  });

  it('recognises version-guarded branches and compatibility shims', () => {
    const file = SourceFile.parse(
      [
        'if six.PY2:', '    a = unicode', 'else:', '    b = unicode',
        'if sys.version_info[0] == 2:', '    c = unicode',
        'if sys.version_info < (3,):', '    d = unicode',
        'try:', '    e = unicode', 'except NameError:', '    unicode = str',
        'try:', '    import cPickle as pickle', 'except ImportError:', '    import pickle',
        'x = unicode if PY2 else str',
        'try:', '    g = unicode', 'except ValueError:', '    pass',
        'h = unicode', '',
      ].join('\n'),
    );
    const uses = identifiersNamed(file, 'unicode').map((n) => [n.startPosition.row + 1, isInCompatCode(n)]);
    assert.deepEqual(uses, [[2, true], [4, true], [6, true], [8, true], [10, true], [12, true], [17, true], [19, false], [22, false]]);
    const cPickle = identifiersNamed(file, 'cPickle');
    assert.equal(isInCompatCode(cPickle[0]), true);
    file.dispose();
  });
});
