# expect: type=SyntaxError line=2
x = 012
