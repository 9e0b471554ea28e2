# expect: type=NameError line=4
def outer():
    def inner():
        return v
    v = 1
    del v
    return inner()
outer()
