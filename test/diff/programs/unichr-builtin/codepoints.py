# unichr() builds one-character unicode strings; compare by code point, not by printing bytes.
chars = [unichr(c) for c in [65, 0xe9, 0x263a]]
print [ord(c) for c in chars], len(u''.join(chars))
print unichr(97) == u'a', type(unichr(98)).__name__ == type(u'').__name__
try:
    unichr(-1)
except ValueError:
    print 'out of range'
