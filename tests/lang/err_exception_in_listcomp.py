# An exception inside a list comprehension propagates out of it.
values = [4, 2, 0, 1]
print([12 // v for v in values if v > 1])
print([12 // v for v in values])
