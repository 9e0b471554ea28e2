# expect: type=SyntaxError|NotImplementedError line=2 py=ok
a, *rest = [1, 2, 3]
print(a, rest)
