# expect: type=TypeError line=6
def f(a=1):
    return a


f.__defaults__ = [2]
