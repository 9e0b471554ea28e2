# expect: type=AttributeError line=5
def f():
    pass
f.x = 1
del f.x, f.x
