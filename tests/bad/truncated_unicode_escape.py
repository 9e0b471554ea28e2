# expect: type=SyntaxError line=2
s = '\u12'
