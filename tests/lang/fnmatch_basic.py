# fnmatch: matching (case-sensitive on POSIX), filter, translate's exact
# regular expressions, sets with ranges and negation, bytes patterns.
import fnmatch
import re

names = ['a.py', 'b.PY', 'abc.txt', '.hidden', 'x[1].c', 'dir/f.py', 'a-b', 'a\\b', 'ab\n',
         '', '!', '^', 'z', 'AB']
pats = ['*.py', '*.PY', '?.*', '[ab]*', '[!a]*', '*[!.]*', 'x[[]1].c', '*/*', 'a[-]b',
        'a[\\]b', 'ab?', '*', '', '[!]]', '[]]', '[z-a]', '[a-z]', '[A-Z]*', '[^a]', '[!!]',
        '*a*b*', '[a-c-e]', '[--/]', '**', 'a**.py', '[', '[!', 'x[', '[a&&b]', '[~|]']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)), [n for n in names if fnmatch.fnmatch(n, p)])
for p in pats:
    assert fnmatch.filter(names, p) == [n for n in names if fnmatch.fnmatchcase(n, p)]
print(fnmatch.filter(names, '*.py'), fnmatch.filter(iter(names), 'a*'))
print(fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('A.PY', '*.py'))
print(fnmatch.fnmatch(b'data.bin', b'*.bin'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
for p in ['(a)+{b}|c$', 'a.b', 'tab\there', 'sp ace', '#~&']:
    print(repr(fnmatch.translate(p)), fnmatch.fnmatch(p, p))
# many stars stay linear: atomic groups
print(fnmatch.fnmatch('a' * 60, '*a*a*a*a*a*a*a*a*a*b'))
print(re.compile(fnmatch.translate('*.[ch]')).match('main.c') is not None)
for args in [(1, '*'), ('a', 1), ('a', b'a'), (b'a', 'a')]:
    try:
        fnmatch.fnmatch(*args)
    except TypeError as e:
        print('TypeError', e)
print(sorted(fnmatch.__all__))
