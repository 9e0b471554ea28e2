# expect: type=SyntaxError|NotImplementedError line=3 py=ok
x = 1
d = {k: k * 2 for k in range(3)}
print(d)
