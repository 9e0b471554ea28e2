# expect: type=SyntaxError line=2
def for():
    pass
