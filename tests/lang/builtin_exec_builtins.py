# exec and eval give a globals dict without '__builtins__' the builtins,
# as CPython does, and leave one that is present.
g = {}
exec('x = len("abc")', g)
print(sorted(g), g['x'], type(g['__builtins__']).__name__)
g2 = {'__builtins__': g['__builtins__'], 'y': 2}
print(eval('max(y, 1)', g2), sorted(g2))
h = {}
eval('1', h)
print(list(h))
