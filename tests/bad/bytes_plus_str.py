# expect: type=TypeError line=3
x = b'abc'
y = x + 'def'
print(y)
