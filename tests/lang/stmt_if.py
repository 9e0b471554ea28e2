# if / elif / else chains, nesting and single-line bodies.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'


print([classify(v) for v in [-5, 0, 3, 42, 1000, 2**64, -0.5]])
x = 7
if x > 5: print('one-line if')
if x > 50: print('not printed')
else: print('one-line else')
if x:
    if x % 2:
        print('odd')
    else:
        print('even')
if not x:
    print('no')
elif x == 7:
    print('seven')
if x == 1:
    pass
elif x == 2:
    pass
print('after')
if []:
    print('empty list true?')
elif {}:
    print('empty dict true?')
elif 'nonempty':
    print('nonempty string')
