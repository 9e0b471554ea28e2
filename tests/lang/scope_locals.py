# Local/global name resolution, including UnboundLocalError (a NameError).
x = 'global x'


def reads_global():
    return x


def local_shadow():
    x = 'local x'
    return x


def param_shadow(x):
    return x


def unbound():
    print(x)
    x = 'assigned later'


def conditional_local(flag):
    if flag:
        y = 'set'
    return y


print(reads_global(), local_shadow(), param_shadow('param'), x)
try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)
print(conditional_local(True))
try:
    conditional_local(False)
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_name_here
except NameError as e:
    print(type(e).__name__, e)


def loop_var():
    for i in range(3):
        pass
    return i


print(loop_var())


def builtin_shadow():
    len = 5
    return len


print(builtin_shadow(), len('abc'))
