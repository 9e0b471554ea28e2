# expect: type=SyntaxError|NotImplementedError line=4 py=ok
x = 1
def gen():
    yield 1
print(x)
