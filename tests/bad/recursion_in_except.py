# expect: type=RecursionError line=any py=skip
def f():
    try:
        raise ValueError("x")
    except ValueError:
        f()
f()
