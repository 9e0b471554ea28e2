# Generators chained into a pipeline; infinite producers consumed lazily.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x
print(list(take(5, evens(naturals()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
print(list(zip(take(3, naturals()), "abc")))
print(list(enumerate(take(3, fib()), 1)))
