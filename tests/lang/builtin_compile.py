# compile() makes a code object that exec and eval run, with the filename
# given; errors name that file.
code = compile('total = sum(range(n))', 'calc.py', 'exec')
print(type(code).__name__, code.co_filename, code.co_name)
ns = {'n': 5}
print(exec(code, ns), ns['total'])
ns['n'] = 10
exec(code, ns)
print(ns['total'])
expr = compile('a * b', '<expr>', 'eval')
print(eval(expr, {'a': 6, 'b': 7}), eval(expr, {}, {'a': 'x', 'b': 3}))
try:
    compile('def broken(:\n    pass', 'broken.py', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename, e.lineno)
try:
    compile('x = 1', 'f.py', 'eval')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename, e.lineno, e.offset)
try:
    compile('1', 'f.py', 'nope')
except ValueError as e:
    print('ValueError', e)
bad = compile('1 / 0', 'div.py', 'eval')
try:
    eval(bad)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
