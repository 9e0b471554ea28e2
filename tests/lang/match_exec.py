# match in exec'd code and its namespaces, and in eval-level nesting.
ns = {}
exec("match [1, 2]:\n    case [a, *b]:\n        c = a\n", ns)
print(ns["a"], ns["b"], ns["c"])
def f():
    loc = {}
    exec("match {'k': 3}:\n    case {'k': v}:\n        w = v * 2\n", {}, loc)
    return sorted(loc.items())
print(f())
code = compile("match 5:\n    case int(q) if q > 4:\n        r = 'big'\n    case _:\n        r = 'small'\n", "<m>", "exec")
g = {}
exec(code, g)
print(g["q"], g["r"])
