# expect: type=SyntaxError|NotImplementedError line=3 py=ok
x = 1
f = lambda a: a + 1
print(f(x))
