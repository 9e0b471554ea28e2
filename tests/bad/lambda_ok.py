# expect: ok
x = 1
f = lambda a: a + 1
print(f(x))
