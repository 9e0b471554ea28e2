# Function definitions: parameters, locals, calls before/after definition order.
def add(a, b):
    return a + b


def greet(name, greeting='Hello'):
    message = greeting + ', ' + name + '!'
    return message


def no_params():
    return 'none'


def uses_later():
    return later() * 2


def later():
    return 21


print(add(2, 3), add('a', 'b'), add([1], [2]), add(2.5, 2**64))
print(greet('World'), greet('you', 'Hi'), greet(greeting='Yo', name='me'))
print(no_params(), uses_later())


def redefined():
    return 1


first = redefined


def redefined():
    return 2


print(first(), redefined())


def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h


print(many(1, 2, 3, 4, 5, 6, 7, 8))


def local_scope():
    local_var = 'inside'
    return local_var


print(local_scope())
try:
    print(local_var)
except NameError as e:
    print('NameError', e)
