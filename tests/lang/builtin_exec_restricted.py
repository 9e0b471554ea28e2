# exec and eval consult the '__builtins__' of the globals they are given:
# a restricted dict hides the other builtins with CPython's NameError, in
# the executed code and in the functions it defines.
src = "print(len('abc'))"
exec(src, {'__builtins__': {'print': print, 'len': len}})
try:
    exec(src, {'__builtins__': {'print': print}})
except NameError as e:
    print('NameError', e)
g = {'__builtins__': {}}
try:
    exec("x = 1\nprint(x)", g)
except NameError as e:
    print('NameError', e)
print(g['x'])
try:
    exec("def f():\n    return len('ab')\nr = f()", {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
print(eval("abs(-3)", {'__builtins__': {'abs': abs}}))
try:
    eval("abs(-3)", {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
ns = {'__builtins__': {'len': lambda s: 99}}
exec("def g():\n    return len('ab')\n", ns)
print(ns['g'](), ns['g'](), len('ab'))
loc = {}
exec("y = min(3, 4)", {'__builtins__': {'min': min}}, loc)
print(loc)
