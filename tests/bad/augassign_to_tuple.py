# expect: type=SyntaxError line=3
a = b = 1
a, b += 1
