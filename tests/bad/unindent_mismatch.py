# expect: type=IndentationError line=5
def f():
    if True:
        x = 1
      y = 2
    return x
