# expect: type=SyntaxError line=2
def f(/, a):
    return a
