# Forwarding *args/**kwargs through layers of wrappers.
def target(a, b=0, *rest, key=None, **extra):
    return a, b, rest, key, sorted(extra.items())
def layer1(*args, **kwargs):
    return target(*args, **kwargs)
def layer2(*args, **kwargs):
    kwargs.setdefault("key", "L2")
    return layer1(*args, **kwargs)
print(layer2(1))
print(layer2(1, 2, 3, key="k", z=9))
print(layer1(*range(4), **{"extra": True}))
