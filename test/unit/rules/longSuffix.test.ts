import { ruleTester } from '../ruleTester';

ruleTester('long-suffix', {
  valid: ['x = 10', 'x = 0x1F', 'x = "10L"', 'x = 1e10', 'x = 10j'],
  invalid: [
    { code: 'x = 10L\n', count: 1, message: '10L', output: { py3: 'x = 10\n', compat: 'x = 10\n' } },
    { code: 'x = 0xFFl + 7L\n', count: 2, output: { py3: 'x = 0xFF + 7\n' } },
    { code: 'x = -7L.__index__()\n', count: 1, output: { py3: 'x = -(7).__index__()\n', compat: 'x = -(7).__index__()\n' }, name: 'an attribute of a long literal' },
  ],
});
