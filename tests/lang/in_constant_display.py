# `in` / `not in` against list and set displays of constants (folded at compile time)
def f(n):
    c = 0
    for i in range(n):
        if i % 7 in {1, 2, 3}:
            c += 1
        if i % 5 not in [0, 4]:
            c += 2
        c += i % 3 in (0,)
    return c
print(f(10**6))
class E:
    def __eq__(self, o):
        return o == 2
    __hash__ = None
print(E() in [1, 2], E() in [1, 3], 2 in {1.0, 2.0}, "a" in {"a", "b"}, None in [None], [] in [[], 1])
x = 3
print(x in [1, 2, x], 1 < x in {3}, x not in {-1, -x + 6}, 2**70 in {2**70, 1})
try:
    print([1] in {1, 2})
except TypeError as e:
    print("TypeError", e)
