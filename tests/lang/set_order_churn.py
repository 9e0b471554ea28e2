# Iteration order of int sets through adds, removes, dummies and resizes (as CPython's table).
s = set()
for i in range(0, 100, 7):
    s.add(i)
print(s)
for i in range(0, 100, 14):
    s.discard(i)
print(s)
for i in range(200, 260, 3):
    s.add(i)
print(s)
s -= set(range(200, 230))
print(s, len(s))
t = {-1, -2, -3, 2 ** 40, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 10 ** 20}
print(t)
u = set(range(1000)) - set(range(5, 1000))
print(u, {x % 17 for x in range(0, 500, 13)})
v = {(i, i * i) for i in range(8)}
print(v)
w = set()
for i in range(40):
    w.add(i * 1000003 % 97)
    if i % 3 == 0:
        w.discard((i * 31) % 97)
print(w)
