# Error messages of sets match CPython's.
try:
    {[]}
except TypeError as e:
    print(1, e)
try:
    {1}.add({2})
except TypeError as e:
    print(2, e)
try:
    {1} < 3
except TypeError as e:
    print(3, e)
try:
    {1} + {2}
except TypeError as e:
    print(4, e)
try:
    s = {1}
    s.remove([1])
except TypeError as e:
    print(5, e)
try:
    set().remove((1, 2))
except KeyError as e:
    print(6, repr(e))
try:
    frozenset([1]).pop()
except AttributeError as e:
    print(7, e)
try:
    set(x=1)
except TypeError as e:
    print(8, e)
try:
    {1}.update(5)
except TypeError as e:
    print(9, e)
try:
    {1}.union([[]])
except TypeError as e:
    print(10, e)
try:
    len({1}.discard())
except TypeError as e:
    print(11, e)
try:
    {1} ^ [1]
except TypeError as e:
    print(12, e)
try:
    s = {1}
    s |= [2]
except TypeError as e:
    print(13, e)
print({1}.discard([1]) if False else "done")
