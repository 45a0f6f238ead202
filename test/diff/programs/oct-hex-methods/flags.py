# diff: differs
# Python 3 oct()/hex() ignore __oct__/__hex__ and need __index__.
class Flags(object):
    def __init__(self, bits):
        self.bits = bits

    def __hex__(self):
        return 'flags:' + hex(self.bits)

    def __oct__(self):
        return 'flags:' + oct(self.bits)

print hex(Flags(255))
print oct(Flags(8))
