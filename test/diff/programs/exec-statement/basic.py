# exec with and without namespaces, with code expressions tree-sitter cannot parse.
def names(ns):
    return sorted(k for k in ns if not k.startswith("__"))

exec "x = 1"
print x
ns = {}
exec "y = 2" in ns
print names(ns), ns["y"]
g = {"base": 10}
l = {}
exec "z = base + 1" in g, l
print names(g), names(l), l["z"]
code = compile("w = 3 * 3", "<w>", "exec")
exec code in ns
print ns["w"]
src = "v = 'compiled'"
exec compile(src, "<src>", "exec") in ns
print ns["v"]
suffix = " + 5"
exec "u = 1" + suffix in ns
print ns["u"]
exec(code) in ns
print ns["w"]
exec ("t = 7", ns)
print ns["t"]
exec "s = 1" \
     "+1" in ns
print ns["s"]
exec """r = 1
q = r + 1""" in ns
print ns["r"], ns["q"]
if True: exec "p = 'one line'" in ns
print ns["p"]
exec "o = 1" in ns; exec "o2 = 2" in ns
print ns["o"], ns["o2"]


class Runner(object):
    def __init__(self, text):
        self.code = compile(text, "<runner>", "exec")
        self.ns = {}

    def run(self):
        exec self.code in self.ns
        return self.ns["result"]


print Runner("result = 6 * 7").run()


class Config(object):
    exec "setting = 'in class body'"


print Config.setting
table = {"k": "m = 99"}
exec table["k"] in ns
print ns["m"]
