# expect: type=RecursionError line=any
def f():
    try:
        pass
    finally:
        f()
f()
