# expect: type=SyntaxError line=2|3
x = 1 + \
