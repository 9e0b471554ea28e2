# Membership (in / not in) and identity (is / is not).
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3], 2 not in (1, 2))
print('b' in 'abc', 'bc' in 'abc', 'ac' in 'abc', '' in 'abc', '' in '', 'x' not in 'abc')
print('k' in {'k': 1}, 1 in {'k': 1}, 'v' in {'k': 'v'}, 'k' not in {})
print(3 in range(5), 5 in range(5), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(2**64 in range(2**65), 2.0 in [1, 2, 3], 2 in [1.0, 2.0], True in [1], None in [None])
print([1] in [[1], [2]], (1, 2) in [(1, 2)], [1] in [(1,)], 'a' in ['abc'], 'a' in ('a',))
lst = [1, 2]
alias = lst
copy = lst[:]
print(lst is alias, lst is copy, lst is not copy, lst == copy, alias is not lst)
print(None is None, True is True, False is not True, None is not False)
x = None
print(x is None, x is not None)
d = {}
print(d.get('x') is None, print is print, len is not max)
print(1 in [1, 1, 1], 0 in [], 'x' in [], 0 in (), 0 in range(0))
