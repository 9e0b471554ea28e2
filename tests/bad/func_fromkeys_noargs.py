# expect: type=TypeError line=3
# dict.fromkeys() with no argument: CPython's "expected at least 1 argument"
dict.fromkeys()
