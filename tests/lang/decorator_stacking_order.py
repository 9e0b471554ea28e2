# Stacked decorators: evaluation top-down, application bottom-up.
def mark(tag):
    print("eval", tag)
    def deco(f):
        print("apply", tag)
        def w():
            return tag + "(" + f() + ")"
        return w
    return deco
@mark("a")
@mark("b")
@mark("c")
def base():
    return "x"
print(base())
