# Errors in replacement templates.
import re
for repl in [r'\g<x>', r'\g<5>', r'\3', r'\g', r'\g<', r'\g<a', r'\q', '\\', r'\g<1a>']:
    try:
        print(re.sub('(a)', repl, 'xax'))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub('a', lambda m: None, 'xay'), re.sub(b'a', lambda m: b'<' + m[0] + b'>', b'xay'))
try:
    re.sub('b', lambda m: 1.5, 'abc')
except TypeError as e:
    print('TypeError', e)
