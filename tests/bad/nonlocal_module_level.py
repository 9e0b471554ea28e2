# expect: type=SyntaxError line=3
x = 1
nonlocal x
