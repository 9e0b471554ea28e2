# Conversions !r and !s in f-strings.
s = 'text'
q = "it's"
n = 10
f = 2.5
lst = ['a', 1, 2.0, None, True]
print(f'{s!r} {s!s} {s}')
print(f'{q!r} {q}')
print(f'{n!r} {f!r} {lst!r} {lst}')
print(f'{None!r} {True!r} {1e22!r} {0.1 + 0.2!r}')
nl = 'a\nb'
print(f'{nl!r}')
print(f'{(1, "x")!r}')
print(f'{ {"k": "v"}!r}')
print(f'{s!r:>10}|{s!s:<8}|')
print(f'{2**64!r}')
