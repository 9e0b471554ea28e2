# list.index (with start/stop) and list.count, with equality across types.
lst = [1, 2, 3, 2, 1, 2.0, 'a', [1], None, True]
print(lst.index(1), lst.index(2), lst.index(3), lst.index('a'), lst.index([1]), lst.index(None))
print(lst.index(2, 2), lst.index(2, 4), lst.index(1, 1), lst.index(True), lst.index(2.0))
print(lst.count(1), lst.count(2), lst.count('a'), lst.count([1]), lst.count('zz'), lst.count(True))
print([].count(0), [[]].count([]), ['a', 'a'].count('a'))
for args in [('zz',), (3, 3), (1, 5, 9)]:
    try:
        if len(args) == 1:
            lst.index(args[0])
        elif len(args) == 2:
            lst.index(args[0], args[1])
        else:
            lst.index(args[0], args[1], args[2])
    except ValueError as e:
        print('ValueError', e)
print(lst.index(2, -6))
