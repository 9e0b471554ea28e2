# expect: type=SyntaxError line=2
*a, *b = [1, 2, 3]
