# expect: type=SyntaxError line=2
s = '\x4'
