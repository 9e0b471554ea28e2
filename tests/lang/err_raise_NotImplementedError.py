# An uncaught NotImplementedError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise NotImplementedError')
    raise NotImplementedError(msg)


print('start')
fail('custom NotImplementedError message')
print('never printed')
