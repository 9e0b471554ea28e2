# expect: type=SyntaxError|NotImplementedError line=2 py=ok
def f(*args):
    return len(args)
print(f(1, 2))
