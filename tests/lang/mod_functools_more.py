# functools: reduce with initial values, partial with keywords overridden, cmp_to_key stability.
from functools import reduce, partial, cmp_to_key
import operator
print(reduce(operator.add, [[1], [2, 3], []], []), reduce(max, [3, 9, 2], 0), reduce(operator.sub, [10, 1, 2]))
log = partial(print, "LOG:", sep="|")
log("a", "b")
log("c", sep="-")
base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=3), partial(round, ndigits=1)(3.14159))


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)


words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(max(words, key=cmp_to_key(by_len_then_alpha)), min(words, key=cmp_to_key(by_len_then_alpha)))
