# expect: type=SyntaxError|NotImplementedError line=2 py=ok
s = {x for x in range(3)}
print(len(s))
