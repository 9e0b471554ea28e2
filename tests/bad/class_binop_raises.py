# expect: type=ZeroDivisionError line=6
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x / o.x)
def f(a, b):
    return a + b
print(f(V(1), V(2)).x)
print(f(V(1), V(0)).x)
