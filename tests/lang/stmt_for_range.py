# for over ranges: steps, negative steps, empty ranges, big bounds, the loop variable after.
for i in range(5):
    print(i, end=' ')
print()
for i in range(2, 10, 3):
    print(i, end=' ')
print()
for i in range(10, 0, -2):
    print(i, end=' ')
print()
for i in range(-3, 3):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
for i in range(5, 5):
    print('never')
for i in range(0, 10, -1):
    print('never')
print('i still', i)
for i in range(-2, -10, -3):
    print(i, end=' ')
print()
total = 0
for i in range(1, 100001):
    total += i
print(total)
r = range(3)
for a in r:
    for b in r:
        print(a * 3 + b, end=',')
print()
n = 3
for i in range(n):
    n = 10
    print(i, end=' ')
print(n)
print(len(range(0, 10, 3)), len(range(10, 0, -3)), range(3), range(1, 5, 2))
print(list(range(-5)), list(range(3, -3, -2)))
