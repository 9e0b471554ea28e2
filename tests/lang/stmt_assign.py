# Assignment forms: simple, chained, to subscripts, rebinding, swapping.
a = 1
b = c = d = [0]
print(a, b, c, d, b is c, c is d)
b.append(1)
print(d)
x = y = 5
x += 1
print(x, y)
lst = [0, 0, 0]
lst[0] = lst[1] = 7
print(lst)
m = {}
m['a'] = m['b'] = 'v'
print(m)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
n = 10
n = n * 2 + n
print(n)
s = 'a'
s = s + s
s = s * 3
print(s)
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
name = 'first'
name = 'second'
print(name)
_ = 'underscore'
__x = 'dunder-ish'
Camel_Case9 = 'mixed'
print(_, __x, Camel_Case9)
