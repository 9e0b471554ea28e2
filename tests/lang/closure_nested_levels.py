# A free variable passes through an intermediate function that never uses it.
def a():
    x = "a-x"
    def b():
        def c():
            def d():
                return x
            return d()
        return c()
    return b()
print(a())

def outer():
    v = 1
    def mid():
        nonlocal v
        v += 1
        def inner():
            nonlocal v
            v *= 10
            return v
        return inner()
    return mid(), v
print(outer())
