import { ruleTester } from '../ruleTester';

ruleTester('open-text-mode', {
  valid: [
    "with open(p, 'rb') as f:\n    data = pickle.load(f)\n",
    'with open(p) as f:\n    text = f.read()\n',
    'data = pickle.load(open(p, mode))\n',
    "f = open(p, encoding='utf-8')\nf.read().decode('x')\n",
    'f = open(p)\nfor line in f:\n    print(line)\n',
  ],
  invalid: [
    {
      code: 'with open(path) as f:\n    data = pickle.load(f)\n',
      count: 1,
      message: '`f` is passed to `pickle.load` (line 2)',
      output: { py3: null },
    },
    { code: 'with open(path) as f:\n    data = pickle.load(f)\n', unsafe: true, output: { py3: "with open(path, 'rb') as f:\n    data = pickle.load(f)\n" } },
    { code: "out = open(p, 'w')\ncPickle.dump(obj, out)\n", unsafe: true, output: { compat: "out = open(p, 'wb')\ncPickle.dump(obj, out)\n" } },
    { code: "raw = open(p).read().decode('utf-16')\n", unsafe: true, message: 'decoded', output: { py3: "raw = open(p, 'rb').read().decode('utf-16')\n" } },
    { code: "f = open(p, 'r+')\nhdr = struct.unpack('<I', f.read(4))\n", unsafe: true, output: { py3: "f = open(p, 'r+b')\nhdr = struct.unpack('<I', f.read(4))\n" } },
    { code: "f = open(p, 'w')\nf.write(struct.pack('<I', 1))\n", unsafe: true, output: { py3: "f = open(p, 'wb')\nf.write(struct.pack('<I', 1))\n" } },
    { code: "f = open(p, 'rU')\nx = marshal.load(f)\n", unsafe: true, output: { py3: null } },
  ],
});
