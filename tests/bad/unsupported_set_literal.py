# expect: type=SyntaxError|NotImplementedError line=3 py=ok
x = 1
s = {1, 2}
print(len(s))
