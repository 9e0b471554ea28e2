# expect: type=SyntaxError line=2
x = 0xg1
