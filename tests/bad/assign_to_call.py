# expect: type=SyntaxError line=3
def f(): pass
f() = 1
