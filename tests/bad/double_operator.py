# expect: type=SyntaxError line=2
x = 1 * / 2
