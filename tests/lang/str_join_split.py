# str.join and str.split (whitespace, separator, maxsplit, edge cases).
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join([]), ' '.join(['solo']), ', '.join('abc'))
print('/'.join(('t', 'u')), '|'.join({'k': 1, 'j': 2}), '€'.join(['1', '2']), ''.join([str(i) for i in range(5)]))
for s in ['a b c', '  leading and trailing  ', 'tabs\tand\nnewlines\r\nmixed', '', '   ', 'one', 'a  b   c']:
    print(repr(s), s.split(), s.split(' '), s.split(None, 1))
for s, sep in [('a,b,c', ','), ('a,,b', ','), (',a,', ','), ('abc', ','), ('a--b--c', '--'), ('', ','),
               ('aXbXc', 'X'), ('a::b', ':'), ('x', 'x'), ('é,ü', ',')]:
    print(repr(s), repr(sep), s.split(sep), s.split(sep, 1), s.split(sep, 0), s.split(sep, -1))
print('a b c d'.split(maxsplit=2), 'a,b,c'.split(sep=','), 'a b'.split(' ', maxsplit=0))
print(' '.join('the quick brown fox'.split()[::-1]))
words = 'x=1;y=2;z=3'.split(';')
print(dict([w.split('=') for w in words]))
