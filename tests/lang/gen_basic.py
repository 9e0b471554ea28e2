# A generator function returns a generator; the body runs lazily.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created", type(g).__name__)
for v in g:
    print("got", v)
print(list(gen()))
print(next(iter(gen())))
