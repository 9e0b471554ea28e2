# expect: type=SyntaxError line=2
x = (y = 1)
