# expect: type=SyntaxError|NotImplementedError line=2 py=ok
total = sum(x * x for x in range(10))
print(total)
