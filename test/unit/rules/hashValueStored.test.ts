import { ruleTester } from '../ruleTester';

ruleTester('hash-value-stored', {
  valid: [
    'def __hash__(self):\n    return hash(self.key)\n',
    'h = hash(x)\n',
    'shard = hash(42) % 16\n',
    'shard = hash(len(s)) % 16\n',
    'x = 7 % hash(y)\n',
  ],
  invalid: [
    { code: 'shard = hash(user_id) % 16\n', count: 1, message: 'bucket' },
    { code: 'b = (hash(k)) & 0xff\n', message: 'masked' },
    { code: 'f.write(str(hash(name)))\n', message: '`str()`' },
    { code: 'out.write("%d\\n" % hash(name))\n', message: 'formatted' },
    { code: 'print hash(name)\n', message: 'printed' },
  ],
});
