# pass in every kind of block.
def empty():
    pass


if True:
    pass
else:
    pass
for i in range(3):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(empty(), i)
if 1: pass
def also_empty(): pass
print(also_empty())
