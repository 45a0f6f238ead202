import * as assert from 'node:assert/strict';
import { LineIndex, dominantEol } from '../../../server/src/engine/lineIndex';

/** Line starts by the definition, one character at a time: a line ends after \n, \r\n or a lone \r. */
function expectedLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

describe('engine: LineIndex', () => {
  const texts: Record<string, string> = {
    empty: '',
    'one line, no break': 'x = 1',
    'LF only': 'a\nbb\n\nccc\n',
    'LF, no final break': 'a\nbb\nccc',
    'CRLF only': 'a\r\nbb\r\n\r\nccc\r\n',
    'lone CR': 'a\rbb\r\rccc',
    mixed: 'a\r\nb\nc\rd\r\r\ne\n\r',
    'break first': '\nx',
    'CR at the very end': 'x\r',
  };

  for (const [name, text] of Object.entries(texts)) {
    it(`finds every line start: ${name}`, () => {
      assert.deepEqual(new LineIndex(text).lineStarts, expectedLineStarts(text));
    });
  }

  it('maps offsets to positions and back on each line ending', () => {
    const index = new LineIndex('ab\r\ncd\ne\rf');
    assert.deepEqual(index.positionAt(0), { line: 0, column: 0 });
    assert.deepEqual(index.positionAt(4), { line: 1, column: 0 });
    assert.deepEqual(index.positionAt(7), { line: 2, column: 0 });
    assert.deepEqual(index.positionAt(9), { line: 3, column: 0 });
    assert.equal(index.offsetAt({ line: 1, column: 1 }), 5);
    assert.equal(index.offsetAt({ line: 0, column: 99 }), 2, 'a column past the end stops before the line break');
    assert.deepEqual([0, 1, 2, 3].map((line) => index.lineText(line)), ['ab', 'cd', 'e', 'f']);
  });

  it('after an edit, equals the index of the new text built from scratch', () => {
    const before = 'line one\nline two\r\nline three\n';
    const edits: [number, number, string][] = [
      [0, 0, 'x'],
      [4, 9, ''],
      [8, 8, '\n'],
      [17, 19, '\n'],
      [8, 9, '\r'],
      [before.length, before.length, 'tail\r\n'],
    ];
    for (const [start, end, inserted] of edits) {
      const after = before.slice(0, start) + inserted + before.slice(end);
      const incremental = LineIndex.afterChange(new LineIndex(before), after, start, end, inserted);
      assert.deepEqual(incremental.lineStarts, expectedLineStarts(after), JSON.stringify([start, end, inserted]));
    }
  });

  it('names the line break a file mostly uses', () => {
    assert.equal(dominantEol('a\nb\nc'), '\n');
    assert.equal(dominantEol('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(dominantEol('a\rb\rc\n'), '\r');
    assert.equal(dominantEol('no break'), '\n');
  });
});
