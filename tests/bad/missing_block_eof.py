# expect: type=SyntaxError|IndentationError line=3
print(1)
def f():
