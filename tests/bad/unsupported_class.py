# expect: type=SyntaxError|NotImplementedError line=3 py=ok
x = 1
class Point:
    pass
print(x)
