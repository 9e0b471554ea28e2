# expect: type=SyntaxError line=2
x = 0b102
