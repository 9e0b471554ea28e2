# for x in range(...): the call's bounds go straight to the loop. Edge cases
# that must take range()'s own path (bool and big and float arguments, a
# zero step, keywords, a shadowed range) or iterate exactly (int64 ends).
def show(it):
    out = []
    for x in it:
        out.append(x)
    return out


print(show(range(True)), show(range(False, 3)), show(range(1, 7, True)))
big = 2 ** 64
for x in range(big, big + 3):
    print(x - big, end=' ')
print()
for x in range(9223372036854775805, 9223372036854775807):
    print(x, end=' ')
print()
for x in range(-9223372036854775807, -9223372036854775808 - 3, -1):
    print(x, end=' ')
print()
for x in range(9223372036854775800, 9223372036854775807, 5):
    print(x, end=' ')
print()
for bad in ((1.5,), (1, 2, 0), ('3',), ()):
    try:
        for x in range(*bad):
            print('never')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    for x in range(2.0):
        print('never')
except TypeError as e:
    print('TypeError', e)
try:
    for x in range(0, 5, 0):
        print('never')
except ValueError as e:
    print('ValueError', e)
try:
    for x in range(3, step=1):
        print('never')
except TypeError as e:
    print('TypeError', e)


class Idx:
    def __index__(self):
        return 4


for x in range(Idx()):
    print(x, end=' ')
print()
n = 3
for i in range(n, 0, -1):
    for j in range(i):
        print((i, j), end=' ')
print()


def shadowed():
    range = lambda n: [n, n]
    return [x for x in range(5)]


print(shadowed())
range_saved = range


def f():
    global range
    range = lambda *a: ['x', a]
    try:
        return show(range(1, 2))
    finally:
        range = range_saved


print(f(), show(range(2)))
print(sum(x for x in range(10)), [y * 2 for y in range(-2, 3)])
