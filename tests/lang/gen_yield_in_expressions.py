# yield as an expression: in assignments, arguments and arithmetic.
def g():
    x = yield 1
    y = (yield x) + 10
    print("y", y)
    z = [(yield "a"), (yield "b")]
    return z
it = g()
print(next(it), it.send("X"), it.send(5), it.send("p"))
try:
    it.send("q")
except StopIteration as e:
    print(e.value)
