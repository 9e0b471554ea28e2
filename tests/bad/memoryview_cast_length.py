# expect: type=TypeError line=4
# a cast needs a whole number of items: CPython's "not a multiple of itemsize"
m = memoryview(b"abcde")
print(m.cast("I"))
