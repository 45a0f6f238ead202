# diff: bug: oct() of an int that is printed (not sliced or compared) is not flagged; Python 3 prints 0o10 where Python 2 printed 010
# oct() output of small ints changes from 0NN to 0oNN.
print oct(8), oct(0), hex(255)
