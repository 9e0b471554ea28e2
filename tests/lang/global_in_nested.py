# global in nested functions, next to closures over other names.
counter = 0
def outer():
    local = 10
    def bump():
        global counter
        counter += local
    bump()
    bump()
    return counter
print(outer(), counter)

def shadow():
    counter = "local"
    def inner():
        global counter
        return counter
    return inner(), counter
print(shadow())
