# expect: ok
x = []
for i in range(200000):
    x = [x]
print("built")
x = None
print("freed")
