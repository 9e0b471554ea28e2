# expect: type=TypeError line=4
f = lambda a, *, b: a + b
print(f(1, b=2))
f(1, 2)
