# A builtin base's methods read through the subclass are its unbound
# methods: L.append(obj, x), D.get(d, k), S.upper(s).
class L(list):
    pass


l = L()
L.append(l, 3)
L.extend(l, [4, 5])
print(l, L.__add__(L([1]), [2]), L.__len__(l), L.pop(l), l, L.index(l, 4))
print(sorted(map(L.__len__, [L([1]), L(), L([1, 2])])))


class D(dict):
    pass


d = D()
D.__setitem__(d, "a", 1)
D.setdefault(d, "b", []).append(2)
print(D.get(d, "a"), list(D.keys(d)), d, D.__contains__(d, "b"))


class S(str):
    pass


print(S.upper(S("ab")), S.join(",", ["x", "y"]), S.split("a b"))


class T(tuple):
    pass


print(T.count((1, 1, 2), 1), T.index(T((5, 6)), 6))
try:
    L.append("not a list", 1)
except TypeError as e:
    print("TypeError", "append" in str(e))
try:
    L.no_such_method
except AttributeError as e:
    print(e)
