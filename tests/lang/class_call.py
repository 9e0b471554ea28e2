# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add2 = Adder(2)
print(add2(1), add2(1, 2, 3), add2(1, scale=10), callable(add2), callable(Adder))
print(list(map(add2, [1, 2, 3])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
