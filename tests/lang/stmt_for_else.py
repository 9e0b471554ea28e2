# for ... else: the else runs when the loop was not broken out of.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')


find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
find('abc', 'c')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(3):
    continue
else:
    print('continue does not skip else', i)
for i in []:
    pass
else:
    print('empty loop else')
