# diff: unsafe
# execfile of an empty file with explicit globals; the unsafe fix reads it with open(..., "rb").
import os
env = {'x': 1}
execfile(os.devnull, env)
print sorted(k for k in env if k != '__builtins__'), env['x']
