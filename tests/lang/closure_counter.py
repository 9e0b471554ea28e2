# Closures: a cell shared by the inner function and its maker; nonlocal rebinding.
def make_counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get

inc, get = make_counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())
