# expect: type=SyntaxError line=2
5 += 1
