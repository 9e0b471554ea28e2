# expect: type=SyntaxError line=2
del 1
