# expect: type=SyntaxError|NotImplementedError line=3 py=ok
data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
