# expect: type=SyntaxError line=6
def f():
    try:
        pass
    except* ValueError:
        return 1
