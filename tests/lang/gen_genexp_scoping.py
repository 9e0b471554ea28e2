# Generator expressions evaluate the first iterable at once, the rest lazily.
def src(tag):
    print("src", tag)
    return [1, 2]
g = (x * y for x in src("outer") for y in src("inner"))
print("made")
print(list(g))
n = 10
g2 = (n + i for i in range(2))
n = 20
print(list(g2))
try:
    (1 / 0 for x in [1])
    print("lazy")
    next(1 / 0 for x in [1])
except ZeroDivisionError:
    print("raised at first next")
