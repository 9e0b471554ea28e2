# expect: type=SyntaxError line=3
x = 1
y = b'\x4'
print(y)
