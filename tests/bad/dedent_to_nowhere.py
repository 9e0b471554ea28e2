# expect: type=IndentationError line=4
if True:
        x = 1
    y = 2
  z = 3
