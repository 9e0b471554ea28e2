# multiprocessing.Value and Array live in shared memory: children's writes
# are seen by the parent; .value, get_lock(), get_obj(), indexing, slicing,
# len and iteration, and the raw (lock=False, RawValue, RawArray) forms.
from multiprocessing import Array, Process, RawArray, RawValue, Value


def fill(v, a, d, k):
    with v.get_lock():
        v.value += k
    a[k] = k * k
    d.value = d.value + 0.5


v = Value("i", 10)
d = Value("d", 0.0)
a = Array("l", 4)
ps = [Process(target=fill, args=(v, a, d, k)) for k in range(4)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(v.value, a[:], len(a), list(a))
print("double", d.value in (0.5, 1.0, 1.5, 2.0))
print(repr(Value("i", 7)), repr(Value("d", 2.5, lock=False)))
print(repr(RawValue("b", -3)), RawValue("h").value)

arr = Array("d", [1, 2.5, -3])
print(arr[0], arr[-1], arr[0:2], arr[::-1], arr[5:])
arr[1:3] = [7, 8]
print(arr[:])
print(type(arr.get_lock()).__name__, type(v.get_lock()).__name__)

raw = RawArray("i", range(5))
raw[0] = 2**31 + 5
print(raw[0], raw[1:4], sum(raw))
print(Value("B", 300).value, Value("b", 200).value, Value("H", -1).value)
print(Value("f", 0.1).value == 0.10000000149011612)
u = Value("Q", 2**64 - 1)
print(u.value, Value("L", -1).value)

try:
    a[4]
except IndexError as e:
    print("IndexError", e)
try:
    raw[1:3] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    Value("i", 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    Value("d", "x")
except TypeError as e:
    print("TypeError", e)

v2 = Value("i", 0, lock=False)
v2.value = 5
print(v2, v2.value)
