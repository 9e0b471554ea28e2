# An uncaught IndexError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise IndexError')
    raise IndexError(msg)


print('start')
fail('custom IndexError message')
print('never printed')
