# expect: type=SyntaxError line=5
x = 1
def f():
    def g():
        nonlocal x
        x = 2
    g()
