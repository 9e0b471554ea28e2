# and / or return an operand, not a bool, and skip the right side when they can.
log = []


def t(x):
    log.append(x)
    return x


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'dflt', [] and 'x', None or 0, 0 or None)
print('a' and 'b' and 'c', 'a' and '' and 'c', '' or [] or 0, '' or [] or 'last')
print(t(0) and t(1), log)
log = []
print(t(1) or t(2), log)
log = []
print(t(1) and t(0) or t(3), log)
log = []
print(t(0) or t(0) and t(5), log)
log = []
print(not t(0), not t([1]), log)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, not 1 or 2, not (1 or 2))
x = [] or {}
print(x, 2.5 and 0.0, 0.0 or -0.0, 2**64 and 'big')
if t(0) or t('') or t(None):
    print('no')
else:
    print('all falsy', log)
n = 0
while n < 5 and n != 3:
    n += 1
print(n)
