# Classes defined in functions see enclosing locals through methods.
def make(prefix):
    class Greeter:
        def greet(self, who):
            return prefix + ", " + who
    return Greeter
G = make("Hello")
print(G().greet("world"), make("Hi")().greet("you"))
def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter()
c = counter_class()
print(c.inc(), c.inc())
