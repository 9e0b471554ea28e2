# Parameters captured by inner functions (the parameter becomes a cell).
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
print(add5(1), adder(-1)(1))

def scale(*factors, base=1):
    def apply(x):
        r = x * base
        for f in factors:
            r *= f
        return r
    return apply
print(scale(2, 3)(1), scale(base=10)(4))

def kw(**opts):
    return lambda key: opts.get(key, "missing")
k = kw(a=1, b=2)
print(k("a"), k("z"))
