# expect: type=SyntaxError line=2
1 = x
