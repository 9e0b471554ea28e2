# An inconsistent hierarchy is a TypeError at class creation.
class X: pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
