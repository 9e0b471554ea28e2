# match: the order captures are bound in (visible in locals()).
def f(v):
    match v:
        case {"a": [x, *ys], "b": P, **rest} as whole:
            return list(locals())
        case (int(n) as m, [q, (r as s)]) as t:
            return list(locals())
P = 1
print(f({"a": [1, 2], "b": 1, "c": 3}))
print(f((1, [2, 3])))
