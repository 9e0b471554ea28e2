# iter(callable, sentinel) calls until the sentinel comes back.
import io
data = [3, 1, 4, 1, 5, 0, 9, 2]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
it = iter(read, 0)
print(type(it).__name__)
print(list(it), pos[0])
print(list(it))
buf = io.StringIO("line one\nline two\n")
print(list(iter(buf.readline, "")))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
def stops():
    raise StopIteration
print(list(iter(stops, None)))
try:
    iter(42, 0)
except TypeError as e:
    print("TypeError:", e)
