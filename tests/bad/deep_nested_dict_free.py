# expect: ok
d = {}
for i in range(200000):
    d = {"k": d}
print("built")
d = 0
print("freed")
