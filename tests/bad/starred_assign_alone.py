# expect: type=SyntaxError line=2
*a = [1, 2, 3]
