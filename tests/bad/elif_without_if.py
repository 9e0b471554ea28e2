# expect: type=SyntaxError line=2
elif x:
    pass
