# expect: type=SyntaxError line=5
x = 0
def f():
    x = 1
    global x
