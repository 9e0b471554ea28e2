# Set displays, set and dict comprehensions (order of int keys as CPython's).
s = {5, 3, 1, 3}
print(s, type(s).__name__, len(s))
print({x * x for x in range(-5, 6)})
print({x: x * 2 for x in range(5)})
print({k: v for k, v in [(1, 'a'), (2, 'b'), (1, 'c')]})
print({(i, j) for i in range(3) for j in range(3) if i != j})
print({i % 7 for i in range(100) if i % 2})
d = {str(i): i for i in range(4)}
print(d, sorted({c for c in "hello world"}))
print({1, 2, 3} == {3, 2, 1}, {1, 2} != {1, 2, 3}, {(1, 2), (3, 4)})
print({n: {m for m in range(n)} for n in range(4)})
nested = [{x for x in range(i)} for i in range(4)]
print(nested)
print({x: [y for y in range(x)] for x in range(3)})
x = 10
print({x for x in range(3)}, x)
try:
    {[1], 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
print({True, 1, 1.0}, {0, False, 0.0}, {2, 2.0})
