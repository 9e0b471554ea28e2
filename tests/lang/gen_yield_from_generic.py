# yield from over non-generator iterables and iterator classes.
class Three:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab", range(2), {"k": 0}, Three())))
def rv():
    x = yield from []
    yield x
print(list(rv()))
