import * as assert from 'node:assert/strict';
import { fixText } from '../../../server/src/engine';
import { ruleTester, rulesReady } from '../ruleTester';

ruleTester('old-octal-literal', {
  valid: ['x = 0', 'x = 00', 'x = 000', 'x = 0L', 'x = 0o777', 'x = 0x1F', 'x = 10', 'x = 0.5', 'x = 0777.0', 'x = 0777j', 'x = "0777"', '# 0777\n'],
  invalid: [
    { code: 'x = 0777\n', count: 1, message: '0o777', output: { py3: 'x = 0o777\n', compat: 'x = 0o777\n' } },
    { code: 'os.chmod(p, 0755)\n', output: { py3: 'os.chmod(p, 0o755)\n', compat: 'os.chmod(p, 0o755)\n' } },
    { code: 'x = 010 + 007\n', count: 2, output: { py3: 'x = 0o10 + 0o07\n' } },
    { code: 'x = -01\n', count: 1, output: { py3: 'x = -0o1\n' } },
    { code: 'x = 0777L\n', count: 1, name: 'old octal with long suffix (only the prefix is ours)', output: { py3: 'x = 0o777L\n' } },
  ],
});

describe('old-octal-literal with long-suffix', () => {
  it('turns `0777L` into `0o777` when both rules fix', async () => {
    const rules = await rulesReady();
    const result = fixText(rules, 'x = 0777L + 0L + 00L\n', { target: 'py3', select: new Set(['old-octal-literal', 'long-suffix']) });
    assert.equal(result.text, 'x = 0o777 + 0 + 00\n');
    assert.deepEqual(result.remaining, []);
  });
});
