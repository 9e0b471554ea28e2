# expect: ok
a, *rest = [1, 2, 3]
print(a, rest)
