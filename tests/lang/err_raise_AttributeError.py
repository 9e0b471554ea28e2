# An uncaught AttributeError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise AttributeError')
    raise AttributeError(msg)


print('start')
fail('custom AttributeError message')
print('never printed')
