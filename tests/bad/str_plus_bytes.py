# expect: type=TypeError line=3
x = 'abc'
y = x + b'def'
print(y)
