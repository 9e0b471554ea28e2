# None: identity, equality, truthiness, repr, and as a default return value.
def nothing():
    pass


def early(x):
    if x:
        return
    return 1


n = None
print(n, repr(n), str(n), n is None, n is not None, n == None, n != None)
print(nothing(), early(True), early(False), nothing() is None)
print(bool(n), not n, n or 'default', n and 'never', [None, None], (None,))
print(None == 0, None == False, None == '', None in [0, None], None in [0, ''])
print({None: 1}[None], [1, None][1] is None, f'{None}', f'{None!r:>6}')
x = print('printed')
print(x)
lst = [3, 1, 2]
r = lst.sort()
print(r, lst, lst.reverse(), lst)
d = {'a': 1}
print(d.get('b'), d.get('b', None), d.get('a'))
print(isinstance(None, int), hash(None) == hash(None))
