# re.error: message, msg, pattern, pos, lineno, colno.
import re
for p in ['(', 'a)', 'a**', '*a', '[a', '[z-a]', r'\q', '(?P<1>a)', '(?<=a*)b', r'(a)\2', '(?P=x)',
          'a{3,1}', '(?', '(?Q)', r'\x4', '(?i', 'a(?i)b', 'x\n(', '(?(2)a)', '(?P<a>x)(?P<a>y)', r'[\d-z]',
          '(?<=(?(1)a|b))(a)', '((?<=(?(1)a|b)))', r'(?<=(a)\1)b']:
    try:
        re.compile(p)
        print('compiled', p)
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__name__)
try:
    re.compile('x{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
