# expect: type=SyntaxError line=3
def f():
    continue
