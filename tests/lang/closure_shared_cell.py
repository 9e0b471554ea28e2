# Several closures over the same cell see each other's updates.
def pair():
    v = []
    def push(x):
        v.append(x)
    def swap(new):
        nonlocal v
        old, v = v, new
        return old
    def peek():
        return v
    return push, swap, peek
push, swap, peek = pair()
push(1); push(2)
print(peek(), swap([9]), peek())
push(3)
print(peek())
