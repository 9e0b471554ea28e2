# expect: type=SyntaxError|NotImplementedError line=4|5 py=ok
def outer():
    n = 5
    def inner():
        return n
    return inner()
print(outer())
