# expect: type=TypeError line=3
# exec's globals must be a dict.
exec("x = 1", [("x", 0)])
print(x)
