# diff: unsafe
# cStringIO for text buffers; the unsafe fix uses io.StringIO (text only).
import cStringIO
buf = cStringIO.StringIO()
buf.write('line 1\n')
buf.write('line 2\n')
print repr(buf.getvalue()), len(buf.getvalue().splitlines())
