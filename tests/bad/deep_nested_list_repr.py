# expect: type=RecursionError line=any
x = []
for i in range(100000):
    x = [x]
print(repr(x)[:10])
