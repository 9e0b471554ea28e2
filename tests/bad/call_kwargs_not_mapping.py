# expect: type=TypeError line=4
def f(**k):
    return k
f(**[("a", 1)])
