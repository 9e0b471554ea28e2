# expect: type=SyntaxError line=3
if True:
    break
