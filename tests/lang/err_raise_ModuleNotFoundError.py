# An uncaught ModuleNotFoundError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise ModuleNotFoundError')
    raise ModuleNotFoundError(msg)


print('start')
fail('custom ModuleNotFoundError message')
print('never printed')
