# Errors in eval'd code: SyntaxError located in <string>, the ordinary
# exceptions of running it, TypeError for a bad source or globals.
def report(src, *ns):
    try:
        print(repr(eval(src, *ns)))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.filename, e.lineno, e.offset)
    except Exception as e:
        print(type(e).__name__, e)


report('x = 1')
report('1;2')
report('if x: pass')
report('1 +\n', {})
report('undefined_name', {})
report('1 / 0')
report('[1][5]')
report(42)
report('1', [])
report('a', {}, {'a': 'from locals'})
report('a', {'a': 1}, None)
