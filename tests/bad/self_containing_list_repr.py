# expect: ok
x = [1]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
