# `yield from` over an iterator class: the StopIteration its __next__
# raises carries the delegation's result, as from a generator.


class Countdown:
    def __init__(self, n, result):
        self.n = n
        self.result = result

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.result)
        self.n -= 1
        return self.n


def outer(it):
    r = yield from it
    print("result", repr(r))
    return r


print(list(outer(Countdown(3, "done"))))
print(list(outer(Countdown(0, (1, 2)))))
print(list(outer(Countdown(2, None))))


class Bare:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(list(outer(Bare())))


class Sends(Countdown):
    def send(self, v):
        print("sent", v)
        return self.__next__()


g = outer(Sends(3, "end"))
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("stop", e.value)


class Boom(Countdown):
    def __next__(self):
        raise ValueError("boom")


try:
    list(outer(Boom(1, 0)))
except ValueError as e:
    print("ValueError", e)
