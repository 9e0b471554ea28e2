# A free variable shadows a global of the same name; global reaches past it.
x = "global"
def outer():
    x = "enclosing"
    def read():
        return x
    def read_global():
        global x
        return x
    return read(), read_global()
print(outer())
