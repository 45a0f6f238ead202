import { ruleTester } from '../ruleTester';

ruleTester('non-text-codec', {
  valid: [
    "s.encode('utf-8')\n",
    "s.decode('latin-1', 'replace')\n",
    "codecs.encode(s, 'hex')\n",
    's.encode(enc)\n',
    "x = 'a.encode(\"hex\")'\n",
  ],
  invalid: [
    {
      code: "print(text.encode('rot13'))\n",
      output: { py3: "import codecs\nprint(codecs.encode(text, 'rot13'))\n", compat: "import codecs\nprint(codecs.encode(text, 'rot13'))\n" },
    },
    { code: "d = data.encode('hex')\n", message: 'takes and returns bytes', output: { py3: null } },
    { code: "d = data.encode('hex')\n", unsafe: true, output: { py3: "import codecs\nd = codecs.encode(data, 'hex')\n" } },
    { code: "raw = f(x).decode('base64')\n", unsafe: true, output: { py3: "import codecs\nraw = codecs.decode(f(x), 'base64')\n" } },
    { code: "z = s.encode('zlib_codec', 'strict')\n", unsafe: true, output: { py3: "import codecs\nz = codecs.encode(s, 'zlib_codec', 'strict')\n" } },
    { code: "q = s.encode('string_escape')\n", message: "no 'string_escape'", output: { py3: null, compat: null }, unsafe: true },
    { code: "b'abc'.encode('rot13')\n", output: { py3: null } },
  ],
});
