# A decorator that registers functions and returns them unchanged.
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco

@register("double")
def double(x):
    return 2 * x

@register("neg")
def neg(x):
    return -x

print(sorted(registry), registry["double"](4), neg(3), registry["neg"] is neg)

def count_calls(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
