# expect: type=IndentationError line=3
x = 1
    y = 2
print(x, y)
