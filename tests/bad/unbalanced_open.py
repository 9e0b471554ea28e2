# expect: type=SyntaxError line=3
x = 1
y = (1, 2,
     3
print(y)
