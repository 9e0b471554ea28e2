# Truthiness of every kind of value in if, while, not, and, or.
values = [0, 1, -1, 0.0, -0.0, 0.5, 2**64, -2**64, '', ' ', 'abc', [], [0], [[]], (), (0,),
          {}, {0: 0}, None, True, False, range(0), range(3), range(5, 5), float('nan')]
for v in values:
    if v:
        r = 'T'
    else:
        r = 'F'
    print(repr(v), r, not v, bool(v), v or 'alt', v and 'and')
n = 3
while n:
    n -= 1
print(n)
s = 'abc'
while s:
    s = s[1:]
print(repr(s))
lst = [1, 2, 3]
while lst:
    lst.pop()
print(lst)
