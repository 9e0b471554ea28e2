# expect: type=IndentationError line=2
  x = 1
