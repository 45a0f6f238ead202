# diff: unsafe
from __future__ import print_function
# Text-only buffers: io.StringIO behaves like StringIO/cStringIO for them.
import StringIO
import cStringIO
from cStringIO import StringIO as Fast

buf = StringIO.StringIO()
buf.write('abc\n')
buf.write('def')
print(repr(buf.getvalue()))
r = cStringIO.StringIO('x\ny\nz')
print(r.readline(), r.readlines())
f = Fast()
print('to a buffer', file=f)
print(repr(f.getvalue()))
