# A tour of classes: methods, inheritance, super, properties, special methods.
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == Point(1, 2), p != q, p.norm2(), Point.dims, p.dims)
print(type(p).__name__, isinstance(p, Point), isinstance(p, object), Point.__qualname__)
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
print(Dog("rex").describe(), Puppy("bit", 1).describe(), Puppy("a", 2).age)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), Puppy.__mro__)
class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except ValueError as e:
    print("caught", e, e.code, e.args, type(e).__name__)
class Counter:
    count = 0
    @staticmethod
    def make():
        return Counter()
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
    @property
    def double(self):
        return self.count * 2
    @double.setter
    def double(self, v):
        self.count = v // 2
c = Counter.make()
print(Counter.bump(), Counter.bump(), c.double)
c.double = 10
print(c.count, Counter.count, c.double)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
with Ctx() as x:
    raise KeyError("x")
print("after")
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
    def __iter__(self):
        for i in range(self.n):
            yield self[i]
    def __contains__(self, x): return x == 4
print(len(Seq(3)), Seq(3)[2], list(Seq(4)), 4 in Seq(1), bool(Seq(0)))
class F:
    def __call__(self, a): return a * 2
print(F()(21), callable(F()), callable(p))
del p.x
print(hasattr(p, "x"), vars(q))
try:
    p.x
except AttributeError as e:
    print(e)
class H:
    def __hash__(self): return 7
    def __eq__(self, o): return True
print(hash(H()), {H(): 1}[H()])
try:
    hash(Point(1,1))
except TypeError as e:
    print(e)
