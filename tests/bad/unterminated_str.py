# expect: type=SyntaxError line=3
x = 1
s = "never closed
print(s)
