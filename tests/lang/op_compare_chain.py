# Chained comparisons evaluate each operand at most once and short-circuit.
calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(1 <= 1 < 2 <= 2 < 3, 5 > 4 >= 4 > 3 != 2 == 2)
print(v(1) < v(2) < v(3), calls)
calls = []
print(v(3) < v(2) < v(1), calls)
calls = []
print(v(1) < v(5) > v(2) == v(2), calls)
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 != None, 1 < x in [5, 6])
print(1 < 2.5 < 3, -1.5 < -1 < 0, 2**64 > 2**63 > 2**62 > 0)
print('a' < 'b' < 'c', 'b' < 'a' < 'c', [1] < [2] < [3])
a, b, c = 1, 2, 3
if a < b < c:
    print('ordered')
while 0 <= a < 3:
    a += 1
print(a)
