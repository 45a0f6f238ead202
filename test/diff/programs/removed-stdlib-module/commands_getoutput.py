# diff: unsafe
from __future__ import print_function
# commands.getoutput -> subprocess.getoutput: the output without its trailing newline.
import commands

print(repr(commands.getoutput('echo hello; echo world')))
