# Special methods of built-in types read as attributes: set operators,
# __round__ of int and float, type.__dict__ of built-in types.
a, b = {1, 2, 3}, {2, 5}
print(set.__sub__(a, b), a.__sub__(b), a.__rsub__(b), frozenset.__sub__(frozenset(a), b))
print(set.__and__(a, b), a.__or__(b), a.__xor__(b), a.__rand__(b), a.__sub__([1]))
print(set.__le__(a, b), a.__ge__({1}), a.__eq__(a), a.__lt__(3), set.__len__(a))
print(round(2.675, 2), (2.5).__round__(), (3.5).__round__(), (7).__round__(-1), (15).__round__(-1))
print(float.__round__(1.25, 1), int.__round__(25, -1), (2.5).__round__(None), (1.5).__round__(0))
print(type((2.5).__round__()), type((2.5).__round__(0)), (10**20 + 5).__round__(-1), True.__round__())
print('__len__' in list.__dict__, '__hash__' in object.__dict__, '__len__' in object.__dict__)
print(list.__dict__['__hash__'], 'append' in list.__dict__, '__iter__' in int.__dict__)
print(dict.__dict__['get']({'a': 1}, 'a'), '__sub__' in set.__dict__, '__sub__' in list.__dict__)
print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is None, int.__hash__ is None)
print(any('__len__' in B.__dict__ for B in [].__class__.__mro__))
for f in (lambda: (5).__round__(ndigits=1), lambda: (5).__round__(1, 2), lambda: (5.0).__round__('x'),
          lambda: True.__round__(ndigits=1), lambda: (2.5).__round__(ndigits=1)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
