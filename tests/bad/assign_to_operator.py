# expect: type=SyntaxError line=2
a + b = 3
