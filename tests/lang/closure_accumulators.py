# A family of closures built in a loop over a parameter.
def make_ops():
    ops = {}
    for name, k in (("double", 2), ("triple", 3)):
        def op(x, k=k):
            return x * k
        ops[name] = op
    return ops
ops = make_ops()
print(ops["double"](5), ops["triple"](5))
def running_mean():
    vals = []
    def add(v):
        vals.append(v)
        return sum(vals) / len(vals)
    return add
m = running_mean()
print(m(1), m(2), m(6))
