# throw() raises inside the generator; it may catch and keep going.
def g():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n += 10
x = g()
print(next(x), x.throw(ValueError("a")), x.throw(ValueError))
try:
    x.throw(TypeError("t"))
except TypeError as e:
    print("escaped", e)
try:
    next(x)
except StopIteration:
    print("finished")
def fresh():
    yield 1
try:
    fresh().throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw", e)
