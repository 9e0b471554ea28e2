# The iterator protocol in a class: __iter__ returning self and __next__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print(x)
it = Countdown(1)
print(next(it), next(it, "done"))
print(sum(Countdown(4)), sorted(Countdown(3)), [a * 2 for a in Countdown(2)])
class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), max(Gen()))
