# An uncaught RecursionError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise RecursionError')
    raise RecursionError(msg)


print('start')
fail('custom RecursionError message')
print('never printed')
