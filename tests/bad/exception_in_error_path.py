# expect: type=TypeError line=3
x = [1, 2]
print("%s" + x)
