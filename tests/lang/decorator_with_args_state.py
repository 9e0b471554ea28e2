# A decorator factory keeping state per decorated function.
def limit(n):
    def deco(f):
        calls = 0
        def wrapper(*a, **k):
            nonlocal calls
            if calls >= n:
                return "limit reached"
            calls += 1
            return f(*a, **k)
        return wrapper
    return deco
@limit(2)
def hello(name):
    return "hello " + name
print(hello("a"), hello("b"), hello("c"))
