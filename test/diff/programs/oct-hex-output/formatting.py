# diff: differs (printed oct(): Python 3 prints 0o10 where Python 2 printed 010; flagged, no fix)
# oct() output of small ints changes from 0NN to 0oNN.
print oct(8), oct(0), hex(255)
