# Reading a free variable before it is assigned / after it is deleted.
def f():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    x = 3
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
f()

def g():
    def inner():
        return y
    y = 1
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
g()
