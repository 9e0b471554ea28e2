# Nested and conditional dict/set comprehensions, scoping of their variables.
words = ["apple", "banana", "cherry", "avocado", "blueberry", "cranberry", "apricot"]
by_letter = {w[0]: {x for x in words if x[0] == w[0]} for w in words}
print({k: sorted(v) for k, v in sorted(by_letter.items())})
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if r != c}
print(grid)
inverted = {v: k for k, v in grid.items()}
print(inverted)
k = "outer"
d = {k: k * 2 for k in range(3)}
print(d, k)
flat = {x for row in [[1, 2], [2, 3], [3, 4]] for x in row}
print(flat, {x: [y for y in range(x)] for x in flat if x % 2})


def build(n):
    return {i: {j for j in range(i)} for i in range(n)}


print(build(4))
