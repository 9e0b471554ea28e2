# expect: type=SyntaxError line=2
for x range(3):
    pass
