# expect: type=SyntaxError line=5
x = 1
if x:
    pass
else
    pass
