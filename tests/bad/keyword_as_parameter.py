# expect: type=SyntaxError line=2
def f(while):
    pass
