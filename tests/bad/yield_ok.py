# expect: ok
x = 1
def gen():
    yield 1
print(x)
