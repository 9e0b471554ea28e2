# An uncaught ImportError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise ImportError')
    raise ImportError(msg)


print('start')
fail('custom ImportError message')
print('never printed')
