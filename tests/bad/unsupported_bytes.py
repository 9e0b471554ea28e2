# expect: type=SyntaxError|NotImplementedError line=3 py=ok
x = 1
b = b"bytes"
print(len(b))
