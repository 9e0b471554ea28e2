# One generator consumed by several loops in turn (a shared iterator).
def nums():
    yield from range(10)
it = nums()
for x in it:
    if x == 3:
        break
print("rest", list(it))
it2 = nums()
print(list(zip(it2, it2)))
