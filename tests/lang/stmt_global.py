# global declarations: rebinding module names from functions.
counter = 0
config = {'debug': False}


def bump():
    global counter
    counter += 1
    return counter


def set_two():
    global a, b
    a = 'A'
    b = 'B'


def read_only():
    return counter * 10


def mutate():
    config['debug'] = True


def shadow():
    counter = 'local'
    return counter


def create():
    global created
    created = 'made in a function'


bump()
bump()
print(counter, bump(), counter)
set_two()
print(a, b)
print(read_only())
mutate()
print(config)
print(shadow(), counter)
create()
print(created)


def loop_global():
    global total
    total = 0
    for i in range(10):
        total += i


loop_global()
print(total)
