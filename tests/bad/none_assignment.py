# expect: type=SyntaxError line=2
None = 1
