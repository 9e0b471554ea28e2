# del of names, list items, dict entries and several targets at once.
x = 10
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1], lst[1]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
try:
    del lst[10]
except IndexError as e:
    print('IndexError', e)
a = b = 1
del a, b
try:
    a
except NameError as e:
    print('NameError', e)
nested = {'k': [1, 2, 3]}
del nested['k'][1]
print(nested)


def f():
    y = 5
    del y
    try:
        return y
    except NameError as e:
        return 'NameError: ' + str(e)


print(f())
x = 'again'
print(x)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
