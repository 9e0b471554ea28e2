# break and continue in nested for and while loops.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print('i', i)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print('n', n)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print('found', found, 'row', row)
res = []
for c in 'a1b2c3':
    if c in '0123456789':
        continue
    res.append(c)
print(res)
k = 0
while k < 10:
    k += 1
    for z in range(100):
        if z == k:
            break
    else:
        print('never')
    if k == 5:
        continue
print(k)
