# expect: type=SyntaxError line=2
x = 0o78
