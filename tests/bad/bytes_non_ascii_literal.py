# expect: type=SyntaxError line=3
x = 1
y = b'café'
print(y)
